import { addDays } from '@luodi/core';

/**
 * The whole calendar months inside a period of zone dates (both ends inclusive, either open): `start` is the
 * first day of the first whole month, `end` the first day after the last whole month (exclusive); undefined
 * for an open end. Null when the period holds no whole month.
 */
export function wholeMonths(
  from: string | undefined,
  to: string | undefined,
): { start: string | undefined; end: string | undefined } | null {
  // The first month starting on or after `from`.
  const start = from === undefined ? undefined : from.endsWith('-01') ? from : firstOfNextMonth(from);
  // The month `to` is in counts only when `to` is its last day.
  const end =
    to === undefined ? undefined : addDays(to, 1).endsWith('-01') ? addDays(to, 1) : `${to.slice(0, 8)}01`;
  if (start !== undefined && end !== undefined && start >= end) return null;
  return { start, end };
}

function firstOfNextMonth(date: string): string {
  // The 28th plus four days is always in the next month.
  return `${addDays(`${date.slice(0, 8)}28`, 4).slice(0, 8)}01`;
}
