import fc from 'fast-check';
import { runWithLanguage } from '../i18n/language';
import { Decimal, formatWan, parseWan, parseWanAllowZero, ratio, wanToYi } from './money';

describe('money (万元)', () => {
  it('accepts strings and JSON numbers with up to 4 fraction digits, canonicalised to 4 digits', () => {
    expect(parseWan('500000')).toEqual({ value: '500000.0000' });
    expect(parseWan(' 12.5 ')).toEqual({ value: '12.5000' });
    expect(parseWan(0.0001)).toEqual({ value: '0.0001' });
    expect(parseWan(100000000)).toEqual({ value: '100000000.0000' });
    expect(parseWan('99999999.9999')).toEqual({ value: '99999999.9999' });
  });

  it('rejects zero, negatives, too many digits, over 1 万亿, and non-numbers', () => {
    for (const bad of [
      0,
      '0',
      -1,
      '-1',
      '1.23456',
      1.23456,
      '100000000.0001',
      1e9,
      '1e3',
      'abc',
      '',
      null,
      true,
      NaN,
      Infinity,
      {},
    ]) {
      expect(parseWan(bad)).toHaveProperty('error');
    }
  });

  it('says why in Chinese by default and in English for an English request', () => {
    expect(parseWan('0')).toEqual({ error: '金额须大于0' });
    expect(parseWan('-5')).toEqual({ error: '金额须大于0，最多4位小数' });
    expect(parseWan('1.23456')).toEqual({ error: '金额须大于0，最多4位小数' });
    expect(parseWan('100000000.0001')).toEqual({ error: '金额不能超过100000000万元（1万亿元）' });
    expect(parseWan(true)).toEqual({ error: '须为以万元计的金额（字符串或数字）' });
    runWithLanguage('en', () => {
      expect(parseWan('0')).toEqual({ error: 'must be greater than 0' });
      expect(parseWan('-5')).toEqual({ error: 'must be a positive decimal with at most 4 fraction digits' });
      expect(parseWan(true)).toEqual({ error: 'must be a decimal amount in 万元 (string or number)' });
    });
  });

  it('parseWanAllowZero takes zero in any spelling and refuses negatives', () => {
    for (const zero of [0, '0', '00', '0.0', ' 0.0000 '])
      expect(parseWanAllowZero(zero)).toEqual({ value: '0.0000' });
    expect(parseWanAllowZero('12.5')).toEqual({ value: '12.5000' });
    expect(parseWanAllowZero('-1')).toEqual({ error: '金额不能为负数，最多4位小数' });
    expect(parseWanAllowZero('100000000.0001')).toHaveProperty('error');
  });

  it('round-trips any valid 4-digit amount exactly (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 1_000_000_000_000n }), (tenThousandths) => {
        const text = new Decimal(tenThousandths.toString()).div(10000).toFixed(4);
        expect(parseWan(text)).toEqual({ value: text });
      }),
    );
  });

  it('canonicalises any spelling as decimal.js does, zeros and the maximum included (property)', () => {
    const digits = (min: number, max: number) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
    fc.assert(
      fc.property(digits(1, 9), fc.option(digits(1, 4)), (whole, fraction) => {
        const text = fraction === null ? whole : `${whole}.${fraction}`;
        const d = new Decimal(text);
        const expected = d.isZero()
          ? { value: '0.0000' }
          : d.gt('100000000')
            ? { error: '金额不能超过100000000万元（1万亿元）' }
            : { value: d.toFixed(4) };
        expect(parseWanAllowZero(text)).toEqual(expected);
      }),
    );
  });

  it('converts to 亿元 and computes ratios exactly', () => {
    expect(wanToYi('6000000.0000')).toBe('600.0000');
    expect(wanToYi('12345.6789')).toBe('1.2346');
    expect(formatWan(new Decimal('0.1').plus('0.2'))).toBe('0.3000');
    expect(ratio('1', '3')).toBe('0.3333');
    expect(ratio('2', '3')).toBe('0.6667');
    expect(ratio('5', '0')).toBeNull();
  });
});
