import { ValidationFailedError } from '@luodi/core';
import { checkDigestWeek, digestWeekRange } from './digest-week';

describe('the weeks a digest may be sent for', () => {
  it('runs from 2000-W01 to next week', () => {
    expect(digestWeekRange('2026-12-01')).toEqual({ first: '2000-W01', last: '2026-W50' });
    expect(digestWeekRange('2026-12-31')).toEqual({ first: '2000-W01', last: '2027-W01' });
  });

  it('accepts the bounds and refuses what lies outside, naming the range', () => {
    expect(checkDigestWeek('2000-W01', '2026-12-01')).toBe('2000-W01');
    expect(checkDigestWeek('2026-W50', '2026-12-01')).toBe('2026-W50');
    for (const week of ['1900-W01', '1999-W52', '2026-W51', '2100-W01']) {
      let error: unknown;
      try {
        checkDigestWeek(week, '2026-12-01');
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ValidationFailedError);
      expect((error as ValidationFailedError).errors).toEqual([
        { field: 'week', message: '须在2000-W01至2026-W50之间（从2000年第1周到下周）' },
      ]);
    }
  });

  it('refuses what is not an ISO week', () => {
    for (const week of ['2026-W53', '2026-49', 49, null]) {
      expect(() => checkDigestWeek(week, '2026-12-01')).toThrow(ValidationFailedError);
    }
  });
});
