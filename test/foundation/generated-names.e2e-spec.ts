import {
  FIRM_FORMS,
  FIRM_INDUSTRIES,
  FIRM_NAME_CHARS,
  FIRM_REGIONS,
  mulberry32,
  pickWith,
  realisticFirmName,
} from '../../scripts/generated-names';

/**
 * The generators the seed, bench:api and the report fixtures share: a seed gives the same sequence every run (the
 * demo pipeline and the bench's firm names are reproducible), and the firm names have a register's shape.
 */
describe('generated names', () => {
  it('mulberry32 gives the same numbers in [0, 1) for the same seed, others for another', () => {
    const a = mulberry32(20241202);
    const b = mulberry32(20241202);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
    expect(xs[0]).toBe(0.8764151141513139);
    expect(mulberry32(20240401)()).not.toBe(xs[0]);
  });

  it("bench:api's fixed seed names the same firms, in the same order, every run", () => {
    const next = mulberry32(20241202);
    expect([realisticFirmName(next), realisticFirmName(next), realisticFirmName(next)]).toEqual([
      '郑州芯美盛新材料集团有限公司',
      '苏州创光生物医药集团有限公司',
      '西安辉恒电气股份有限公司',
    ]);
  });

  it('a firm name is region + a two- or three-character 字号 + industry + legal form, and varied', () => {
    const alt = (xs: readonly string[]) => `(?:${[...xs].sort((x, y) => y.length - x.length).join('|')})`;
    const shape = new RegExp(
      `^${alt(FIRM_REGIONS)}[${FIRM_NAME_CHARS.join('')}]{2,3}${alt(FIRM_INDUSTRIES)}${alt(FIRM_FORMS)}$`,
    );
    const next = mulberry32(7);
    const names = Array.from({ length: 2000 }, () => realisticFirmName(next));
    for (const name of names) expect(name).toMatch(shape);
    expect(new Set(names).size).toBeGreaterThan(1900);
  });

  it('pickWith takes every item of a list, and only those', () => {
    const next = mulberry32(1);
    const seen = new Set(Array.from({ length: 200 }, () => pickWith(next, ['a', 'b', 'c'])));
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
  });
});
