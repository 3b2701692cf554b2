import fc from 'fast-check';
import { nameKey } from './name-key';

describe('name normalisation for duplicate detection', () => {
  it('folds full-width letters and digits to half-width, removes whitespace, folds case', () => {
    expect(nameKey('ＢＹＤ 比亚迪')).toBe('byd比亚迪');
    expect(nameKey('  比亚迪　股份有限公司 ')).toBe('比亚迪股份有限公司');
    expect(nameKey('太重集团（ＴＹＨＩ）')).toBe(nameKey('太重集团(tyhi)'));
    expect(nameKey('晶科\t能源\n')).toBe('晶科能源');
  });

  it('keeps different names different', () => {
    expect(nameKey('晶科能源')).not.toBe(nameKey('晶澳能源'));
  });

  it('property: idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => nameKey(nameKey(s)) === nameKey(s)));
  });

  it('property: insensitive to inserted whitespace and to case', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '晶', '科', '1', '-') }), fc.nat(), (s, i) => {
        const at = s.length === 0 ? 0 : i % s.length;
        const spaced = `${s.slice(0, at)} \u3000${s.slice(at)}`;
        return nameKey(spaced) === nameKey(s) && nameKey(s.toUpperCase()) === nameKey(s.toLowerCase());
      }),
    );
  });

  it('property: full-width ASCII equals its half-width form', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
        (s) => {
          const full = [...s].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
          return nameKey(full) === nameKey(s);
        },
      ),
    );
  });
});
