import {
  addDays,
  CalendarDate,
  isIsoWeek,
  isoWeekOf,
  mondayOfIsoWeek,
  tr,
  ValidationFailedError,
} from '@luodi/core';
import { MIN_TARGET_YEAR } from '@luodi/targets';

/**
 * The weeks a digest may be sent or previewed for: from the first week of the earliest year the zone can have a
 * target (2000) to next week (a digest can be checked before Monday). Anything else is refused up front, so a
 * week no digest can be composed for never reaches the queue.
 */
export function digestWeekRange(today: CalendarDate): { first: string; last: string } {
  return { first: `${MIN_TARGET_YEAR}-W01`, last: isoWeekOf(addDays(today, 7)) };
}

/** The week, checked; a ValidationFailedError on `field` names the allowed range. */
export function checkDigestWeek(week: unknown, today: CalendarDate, field = 'week'): string {
  if (!isIsoWeek(week)) {
    throw new ValidationFailedError([
      { field, message: tr('须为ISO周，如2026-W49', 'must be an ISO week like 2026-W49') },
    ]);
  }
  const { first, last } = digestWeekRange(today);
  const monday = mondayOfIsoWeek(week);
  if (monday < mondayOfIsoWeek(first) || monday > mondayOfIsoWeek(last)) {
    throw new ValidationFailedError([
      {
        field,
        message: tr(
          `须在${first}至${last}之间（从${MIN_TARGET_YEAR}年第1周到下周）`,
          `must be between ${first} and ${last} (from the first week of ${MIN_TARGET_YEAR} to next week)`,
        ),
      },
    ]);
  }
  return week;
}
