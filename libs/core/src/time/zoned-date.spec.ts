import fc from 'fast-check';
import {
  addDays,
  dateInZone,
  daysBetween,
  isCalendarDate,
  isIsoWeek,
  isoWeekOf,
  isoWeekOfInstant,
  mondayOfIsoWeek,
  startOfDayInZone,
} from './zoned-date';

const SH = 'Asia/Shanghai';

describe('zone time', () => {
  it('takes the calendar date in Asia/Shanghai whatever the process TZ', () => {
    expect(dateInZone(new Date('2024-12-31T15:59:00Z'), SH)).toBe('2024-12-31'); // 23:59 local
    expect(dateInZone(new Date('2024-12-31T16:00:00Z'), SH)).toBe('2025-01-01'); // 00:00 local
  });

  it('answers as Intl does for instants in the same and neighbouring quarter hours (property)', () => {
    const direct = (instant: Date, timeZone: string) => {
      const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      })
        .formatToParts(instant)
        .reduce<Record<string, string>>((o, p) => ({ ...o, [p.type]: p.value }), {});
      return `${parts.year}-${parts.month}-${parts.day}`;
    };
    const zones = [SH, 'Asia/Kolkata', 'Asia/Kathmandu', 'America/New_York', 'Australia/Lord_Howe', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.array(fc.integer({ min: -3_600_000, max: 3_600_000 }), { maxLength: 8 }),
        fc.constantFrom(...zones),
        (start, steps, zone) => {
          let t = start;
          for (const step of [0, ...steps]) {
            t += step;
            expect(dateInZone(new Date(t), zone)).toBe(direct(new Date(t), zone));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the UTC start of a zone day', () => {
    expect(startOfDayInZone('2024-04-01', SH).toISOString()).toBe('2024-03-31T16:00:00.000Z');
  });

  it('puts Sunday 23:30 and Monday 00:10 (Shanghai) in different ISO weeks', () => {
    // 2024-04-07 is a Sunday, 2024-04-08 a Monday.
    expect(isoWeekOfInstant(new Date('2024-04-07T15:30:00Z'), SH)).toBe('2024-W14');
    expect(isoWeekOfInstant(new Date('2024-04-07T16:10:00Z'), SH)).toBe('2024-W15');
  });

  it('computes ISO weeks at year boundaries', () => {
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2026-11-28')).toBe('2026-W48');
    expect(mondayOfIsoWeek('2024-W14')).toBe('2024-04-01');
    expect(mondayOfIsoWeek('2025-W01')).toBe('2024-12-30');
    expect(isIsoWeek('2020-W53')).toBe(true);
    expect(isIsoWeek('2024-W53')).toBe(false);
    expect(isIsoWeek('2024-W00')).toBe(false);
  });

  it('does calendar arithmetic', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(isCalendarDate('2024-02-30')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2024-2-1')).toBe(false);
  });
});
