/**
 * The normalised name two company names are compared by (企业名称归一): the distinctive part of a firm's name,
 * so that 烁科晶体, 山西烁科晶体有限公司 and ＳＨＵＯＫＥ 晶体 (full width) compare equal or close.
 *
 * 1. NFKC (full-width letters, digits, brackets and the ideographic space become half-width), whitespace and
 *    zero-width characters removed, case-folded;
 * 2. bracketed regions and 集团 dropped anywhere: 比亚迪(太原)汽车 → 比亚迪汽车;
 * 3. leading region names dropped (山西省, 太原市, 山西太原 …), keeping at least two characters;
 * 4. trailing legal forms and generic words dropped (股份有限公司, 有限责任公司, 集团, 科技, ltd …), keeping at
 *    least two characters.
 *
 * The patterns are defined once here; the migration that creates the SQL function `company_name_norm(text)` builds
 * it from the same patterns (`companyNameNormSql`), and a test checks both agree.
 */
const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '台湾',
];
const CITIES = [
  '太原',
  '大同',
  '朔州',
  '忻州',
  '阳泉',
  '吕梁',
  '晋中',
  '长治',
  '晋城',
  '临汾',
  '运城',
  '深圳',
  '广州',
  '杭州',
  '南京',
  '苏州',
  '无锡',
  '常州',
  '西安',
  '武汉',
  '成都',
  '合肥',
  '宁波',
  '厦门',
  '青岛',
  '济南',
  '郑州',
  '长沙',
  '石家庄',
  '呼和浩特',
  '包头',
  '鄂尔多斯',
  '沈阳',
  '大连',
  '长春',
  '哈尔滨',
  '南昌',
  '福州',
  '昆明',
  '贵阳',
  '南宁',
  '兰州',
  '银川',
  '西宁',
  '乌鲁木齐',
  '洛阳',
  '徐州',
  '东莞',
  '佛山',
  '珠海',
];
/** Region names as they appear in a firm's name: with or without 省/市/自治区. */
export const REGION_NAMES: readonly string[] = [
  ...PROVINCES.flatMap((p) => [`${p}省`, `${p}市`, `${p}自治区`, p]),
  ...CITIES.flatMap((c) => [`${c}市`, c]),
  '山西综改示范区',
  '综改示范区',
  '综改区',
];
/** Legal forms and generic words at the end of a name (Chinese, and English after whitespace removal). */
export const LEGAL_SUFFIXES: readonly string[] = [
  '集团股份有限公司',
  '集团有限责任公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '总公司',
  '分公司',
  '公司',
  '集团',
  '股份',
  '控股',
  '科技',
  '实业',
  '技术',
  '发展',
  'co.,ltd.',
  'co.,ltd',
  'co.ltd.',
  'co.ltd',
  'ltd.',
  'ltd',
  'limited',
  'inc.',
  'inc',
  'corporation',
  'corp.',
  'corp',
  'group',
  'co.',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so alternation picks 山西省 before 山西 in every regex engine. */
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/**
 * The patterns, as regex sources both JavaScript and PostgreSQL (ARE) read the same way; `legalSuffix`
 * keeps its first group (an anchored capture: ~2× faster in PostgreSQL than a lookbehind).
 */
export const NAME_PATTERNS = {
  blanks: '[\\s\\u200b\\u200c\\u200d\\u2060\\ufeff]+',
  bracketed: `\\((?:${alternation(REGION_NAMES)}|集团)\\)`,
  regionPrefix: `^(?:${alternation(REGION_NAMES)})+(?=..)`,
  legalSuffix: `^(.{2,}?)(?:${alternation(LEGAL_SUFFIXES)})+$`,
} as const;

const BLANKS = new RegExp(NAME_PATTERNS.blanks, 'gu');
const BRACKETED = new RegExp(NAME_PATTERNS.bracketed, 'gu');
const REGION_PREFIX = new RegExp(NAME_PATTERNS.regionPrefix, 'u');
const LEGAL_SUFFIX = new RegExp(NAME_PATTERNS.legalSuffix, 'u');

export function normaliseCompanyName(name: string): string {
  const folded = name.normalize('NFKC').replace(BLANKS, '').toLowerCase();
  return folded.replace(BRACKETED, '').replace(REGION_PREFIX, '').replace(LEGAL_SUFFIX, '$1');
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** `CREATE OR REPLACE FUNCTION company_name_norm(text)`: the same steps in SQL (PostgreSQL 13+, UTF-8). */
export function companyNameNormSql(): string {
  const p = NAME_PATTERNS;
  return `CREATE OR REPLACE FUNCTION company_name_norm(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
    SELECT regexp_replace(regexp_replace(regexp_replace(
             lower(regexp_replace(normalize(name, NFKC), ${sqlString(p.blanks)}, '', 'g')),
             ${sqlString(p.bracketed)}, '', 'g'),
             ${sqlString(p.regionPrefix)}, ''),
             ${sqlString(p.legalSuffix)}, '\\1')
    $fn$`;
}
