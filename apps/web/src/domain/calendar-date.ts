/** Zone dates: a module of its own, in the entry chunk (the entry's early cockpit requests need them). */

/** A real calendar date `YYYY-MM-DD` (not 2 月 30 日). */
export function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * China Standard Time: UTC+8 all year (no daylight saving since 1991), so the zone's date is plain arithmetic.
 * Not Intl.DateTimeFormat: its first use in a page loads the browser's time-zone data (~150 ms of the main
 * thread in Chromium), and the entry computes today before its early requests (early-fetch.ts).
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** Today in Asia/Shanghai as YYYY-MM-DD (the zone's calendar, whatever the device's time zone). */
export function zoneToday(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
