import fc from 'fast-check';
import { Decimal, formatWan, parseWan, ratio, wanToYi } from './money';

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

  it('round-trips any valid 4-digit amount exactly (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 1_000_000_000_000n }), (tenThousandths) => {
        const text = new Decimal(tenThousandths.toString()).div(10000).toFixed(4);
        expect(parseWan(text)).toEqual({ value: text });
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
