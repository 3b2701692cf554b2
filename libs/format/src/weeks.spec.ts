import fc from 'fast-check';
import { formatIsoWeekRange, formatWeekday, isoWeekDates } from './index';

describe('weeks and weekdays', () => {
  it('names an ISO week with its Monday and Sunday', () => {
    expect(formatIsoWeekRange('2026-W49')).toBe('2026年第49周（11月30日—12月6日）');
    expect(formatIsoWeekRange('2026-W01')).toBe('2026年第1周（2025年12月29日—2026年1月4日）');
    expect(formatIsoWeekRange('2020-W53')).toBe('2020年第53周（2020年12月28日—2021年1月3日）');
    expect(isoWeekDates('2024-W14')).toEqual({ monday: '2024-04-01', sunday: '2024-04-07' });
  });

  it('writes the weekday of a date', () => {
    expect(formatWeekday('2026-12-03')).toBe('周四');
    expect(formatWeekday('2026-12-06')).toBe('周日');
    expect(formatWeekday('2026-11-30')).toBe('周一');
  });

  it('always starts a week on a Monday, seven days after the week before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 2, max: 52 }), (year, n) => {
        const week = `${year}-W${String(n).padStart(2, '0')}`;
        const before = `${year}-W${String(n - 1).padStart(2, '0')}`;
        const { monday, sunday } = isoWeekDates(week);
        expect(formatWeekday(monday)).toBe('周一');
        expect(formatWeekday(sunday)).toBe('周日');
        expect(Date.parse(monday) - Date.parse(isoWeekDates(before).monday)).toBe(7 * 86_400_000);
      }),
    );
  });

  it('refuses malformed input', () => {
    expect(() => formatIsoWeekRange('2026-49')).toThrow(RangeError);
    expect(() => formatWeekday('2026/12/03')).toThrow(RangeError);
  });
});
