import { Clock } from '@luodi/core';
import { UsersService } from '@luodi/users';
import { TargetsService } from './targets.service';
import type { TargetsRepository } from './targets.repository';
import type { TargetTotalsRepository } from './target-totals.repository';

class FixedClock extends Clock {
  readonly timeZone = 'Asia/Shanghai';
  constructor(private readonly instant: string) {
    super();
  }
  now(): Date {
    return new Date(this.instant);
  }
}

/** The even-pace expectation is pure calendar arithmetic: no repository is touched. */
const serviceAt = (instant: string) =>
  new TargetsService(
    {} as TargetsRepository,
    {} as TargetTotalsRepository,
    {} as UsersService,
    new FixedClock(instant),
  );

describe('expected by today at an even pace', () => {
  it('counts today (Asia/Shanghai) as elapsed, in a leap year', () => {
    // 2024-04-10 00:30 in Shanghai is still 9 April in UTC: 101 of 366 days.
    expect(serviceAt('2024-04-09T16:30:00Z').expectedByToday(2024, '6000000.0000')).toBe('1655737.7049');
    expect(serviceAt('2024-01-01T00:00:00+08:00').expectedByToday(2024, '366.0000')).toBe('1.0000');
  });

  it('is zero before the year and the whole target from its last day on', () => {
    expect(serviceAt('2023-12-31T15:59:59Z').expectedByToday(2024, '6000000.0000')).toBe('0.0000');
    expect(serviceAt('2024-12-31T16:00:00+08:00').expectedByToday(2024, '6000000.0000')).toBe('6000000.0000');
    expect(serviceAt('2026-01-01T00:00:00Z').expectedByToday(2024, '6000000.0000')).toBe('6000000.0000');
  });

  it('rounds half up to 4 fraction digits, exactly', () => {
    // 1 of 365 days of 1 万元: 0.00273972… → 0.0027.
    expect(serviceAt('2025-01-01T08:00:00+08:00').expectedByToday(2025, '1.0000')).toBe('0.0027');
  });
});
