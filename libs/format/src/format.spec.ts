import fc from 'fast-check';
import {
  formatAmount,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatIsoWeek,
  formatMonth,
  formatMonthDay,
  formatPercent,
  formatWanNumber,
  formatYi,
  formatYiNumber,
} from './index';

describe('amounts', () => {
  it.each([
    ['0.0000', '0万元'],
    ['500.0000', '500万元'],
    ['3500.5000', '3,500.5万元'],
    ['9999.9949', '9,999.99万元'],
    ['9999.9950', '10,000万元'],
    ['10000.0000', '1.00亿元'],
    ['1683500.6234', '168.35亿元'],
    ['4483501', '448.35亿元'],
    ['6000000.0000', '600.00亿元'],
    ['100000000', '10,000.00亿元'],
    ['-250000', '-25.00亿元'],
    ['-1234.5', '-1,234.5万元'],
  ])('formatAmount(%s) = %s', (wan, text) => {
    expect(formatAmount(wan)).toBe(text);
  });

  it('formats 亿元 with two decimals, rounding half away from zero', () => {
    expect(formatYi('6000000.0000')).toBe('600.00亿元');
    expect(formatYiNumber('50.0000')).toBe('0.01');
    expect(formatYiNumber('49.9999')).toBe('0.00');
    expect(formatYiNumber('-50')).toBe('-0.01');
    expect(formatYiNumber('-49')).toBe('0.00');
    expect(formatYiNumber('123456789.0000')).toBe('12,345.68');
  });

  it('formats 万元 numbers with separators and at most two decimals', () => {
    expect(formatWanNumber('1683500.6234')).toBe('1,683,500.62');
    expect(formatWanNumber('1000.1000')).toBe('1,000.1');
    expect(formatWanNumber(12n)).toBe('12');
    expect(formatWanNumber(-9007199254740993n)).toBe('-9,007,199,254,740,993');
  });

  it('takes amounts as exact strings or BigInts, never numbers (a float has already lost the figure)', () => {
    // 9007199254740993 is past 2^53: as a number it is already …992.
    expect(formatWanNumber('9007199254740993.005')).toBe('9,007,199,254,740,993.01');
    expect(formatAmount(123456789n)).toBe('12,345.68亿元');
    // @ts-expect-error a number is refused by the type
    formatWanNumber(0.1);
    // @ts-expect-error a number is refused by the type
    formatAmount(12345678.91);
    // @ts-expect-error a number is refused by the type
    formatYi(1);
    // @ts-expect-error a number is refused by the type
    formatYiNumber(1);
  });

  it('refuses what is not a decimal', () => {
    expect(() => formatAmount('1e5')).toThrow(RangeError);
    expect(() => formatAmount('abc')).toThrow(RangeError);
  });

  it('never loses digits: 亿元 text equals the exact quotient rounded', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (units) => {
        const wan = `${units / 10000n}.${(units % 10000n).toString().padStart(4, '0')}`;
        const cents = (units + 500000n) / 1000000n; // 亿元 × 100 = units / 10^6, rounded half up
        const expected = `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
        expect(formatYiNumber(wan).replace(/,/g, '')).toBe(expected);
      }),
    );
  });
});

describe('percent', () => {
  it.each([
    ['0.8990', '89.9%'],
    ['0.3320', '33.2%'],
    ['1.0000', '100.0%'],
    ['0.00049', '0.0%'],
    ['0.00050', '0.1%'],
    ['1.25', '125.0%'],
    [null, '—'],
  ])('formatPercent(%p) = %s', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });
});

describe('dates and weeks', () => {
  it('writes dates, months and weeks as an office does', () => {
    expect(formatMonthDay('2026-12-03')).toBe('12月3日');
    expect(formatDate('2026-12-03')).toBe('2026年12月3日');
    expect(formatMonth('2026-01')).toBe('2026年1月');
    expect(formatIsoWeek('2026-W49')).toBe('2026年第49周');
    expect(formatIsoWeek('2027-W01')).toBe('2027年第1周');
    expect(formatDateRange('2026-11-30', '2026-12-06')).toBe('11月30日—12月6日');
    expect(formatDateRange('2026-12-28', '2027-01-03')).toBe('2026年12月28日—2027年1月3日');
  });

  it('writes instants in the zone', () => {
    expect(formatDateTime('2026-12-01T16:30:00Z')).toBe('2026年12月2日 00:30');
    expect(formatDateTime('2026-12-01T16:30:00Z', 'UTC')).toBe('2026年12月1日 16:30');
  });

  it('formats Shanghai instants by arithmetic exactly as the time-zone data does', () => {
    // Asia/Chongqing is the tz database's other name for the same zone: formatDateTime asks Intl for it.
    const viaIntl = (d: Date) => formatDateTime(d, 'Asia/Chongqing');
    // Every 37 hours 13 minutes from 1991 to 2040 (across years, months, midnights); and a DST summer before.
    for (let t = Date.UTC(1991, 0, 1); t < Date.UTC(2040, 0, 1); t += (37 * 60 + 13) * 60_000) {
      expect(formatDateTime(new Date(t))).toBe(viaIntl(new Date(t)));
    }
    expect(formatDateTime('1990-07-01T00:00:00Z')).toBe('1990年7月1日 09:00'); // 中国夏令时 (UTC+9)
    expect(formatDateTime('2024-02-29T15:59:00Z')).toBe('2024年2月29日 23:59');
    expect(formatDateTime('2024-02-29T16:00:00Z')).toBe('2024年3月1日 00:00');
  });

  it('refuses malformed input', () => {
    expect(() => formatIsoWeek('2026-49')).toThrow(RangeError);
    expect(() => formatDate('12/03/2026')).toThrow(RangeError);
  });
});
