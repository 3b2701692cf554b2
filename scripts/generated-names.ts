/**
 * Deterministic generators shared by the demo seed, the benchmarks and the test fixtures: one seeded PRNG
 * (mulberry32), so a seed gives the same sequence everywhere, and a realistic firm-name generator drawn from it.
 */

/** mulberry32: a small seeded generator of numbers in [0, 1); the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `xs`, chosen by the generator. */
export function pickWith<T>(next: () => number, xs: readonly T[]): T {
  return xs[Math.floor(next() * xs.length)];
}

export const FIRM_REGIONS = [
  '山西',
  '太原',
  '大同',
  '长治',
  '晋中',
  '杭州',
  '苏州',
  '无锡',
  '深圳',
  '合肥',
  '西安',
  '成都',
  '武汉',
  '宁波',
  '青岛',
  '郑州',
  '长沙',
  '厦门',
  '常州',
  '佛山',
] as const;
export const FIRM_NAME_CHARS = [
  ...'晶科华瑞泰鑫源恒达盛隆兴通宏远新博创德利中天海润安康信诚和昌明光辉丰嘉鸿凯鼎升宇航联合美弘正元亿禾森蓝沃睿芯驰锐峰坤赛迈拓',
];
export const FIRM_INDUSTRIES = [
  '新能源',
  '半导体',
  '光电',
  '新材料',
  '精密机械',
  '智能装备',
  '电子',
  '储能',
  '汽车零部件',
  '生物医药',
  '环保',
  '氢能',
  '碳材料',
  '光伏',
  '电气',
  '数控',
  '化工',
  '信息',
  '重工',
  '铝业',
  '特钢',
  '动力电池',
  '传感器',
  '材料',
] as const;
export const FIRM_FORMS = [
  '有限公司',
  '股份有限公司',
  '科技有限公司',
  '有限责任公司',
  '集团有限公司',
] as const;

/**
 * A firm name as varied as a real register's: region + 字号 (two characters, sometimes three) + industry + legal
 * form, e.g. 苏州晶瑞新能源科技有限公司, drawn from `next`. Names sharing an industry word share a trigram or two,
 * as real ones do; a name may come up twice (a firm with two projects: same company, another lead).
 */
export function realisticFirmName(next: () => number): string {
  const pick = <T>(xs: readonly T[]) => pickWith(next, xs);
  const brand = pick(FIRM_NAME_CHARS) + pick(FIRM_NAME_CHARS) + (next() < 0.25 ? pick(FIRM_NAME_CHARS) : '');
  return `${pick(FIRM_REGIONS)}${brand}${pick(FIRM_INDUSTRIES)}${pick(FIRM_FORMS)}`;
}
