import fc from 'fast-check';
import { normaliseCompanyName } from './company-name';

describe('normaliseCompanyName', () => {
  it.each([
    ['山西烁科晶体有限公司', '烁科晶体'],
    ['烁科晶体', '烁科晶体'],
    ['太原重工股份有限公司', '重工'],
    ['中国电子科技集团有限公司', '中国电子'],
    ['晶科能源股份有限公司', '晶科能源'],
    ['山西太原泰山玻璃纤维有限责任公司', '泰山玻璃纤维'],
    ['比亚迪（太原）汽车有限公司', '比亚迪汽车'],
    ['ＢＹＤ　Ｃｏｍｐａｎｙ　Ｌｉｍｉｔｅｄ', 'bydcompany'],
    ['中来光电科技（集团）有限公司', '中来光电'],
    ['山西省潞安化工集团', '潞安化工'],
    ['天地（常州）自动化股份有限公司', '天地自动化'],
  ])('%s → %s', (name, norm) => {
    expect(normaliseCompanyName(name)).toBe(norm);
  });

  it('keeps at least two characters of a name that is only a region or a legal form', () => {
    expect(normaliseCompanyName('山西公司')).toBe('公司');
    expect(normaliseCompanyName('太原科技')).toBe('科技');
    expect(normaliseCompanyName('有限公司')).toBe('有限');
  });

  it('does not strip a region in the middle of a name', () => {
    expect(normaliseCompanyName('中铝山西新材料有限公司')).toBe('中铝山西新材料');
  });

  it('property: idempotent on strings without brackets', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normaliseCompanyName(s);
        return normaliseCompanyName(once).length <= once.length;
      }),
    );
  });

  it('property: insensitive to full width, case and inserted whitespace', () => {
    const toFullWidth = (s: string) =>
      s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,12}$/), (s) => {
        const base = normaliseCompanyName(`山西${s}科技有限公司`);
        return (
          normaliseCompanyName(`山西${toFullWidth(s.toUpperCase())}科技 有限公司`) === base &&
          normaliseCompanyName(` 山 西${s}科技有限公司 `) === base
        );
      }),
    );
  });
});
