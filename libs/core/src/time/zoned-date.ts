/**
 * Calendar arithmetic in the zone's time (Asia/Shanghai by default), independent of the process TZ.
 * Dates are `YYYY-MM-DD` strings; instants are Date objects.
 */
export type CalendarDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Per zone, the last quarter-hour of UTC time asked about and its date there. Every zone's offset since 1970
 * is a whole number of quarter hours, so a local midnight always falls on a quarter-hour boundary and the date
 * cannot change within one: the answer for a quarter hour is exact, and `today()` on every request costs a
 * division instead of an Intl formatting.
 */
const lastQuarter = new Map<string, { quarter: number; date: CalendarDate }>();
const QUARTER_HOUR_MS = 15 * 60_000;
const SINCE = Date.UTC(2000, 0, 1);

/** The calendar date of an instant in the zone. */
export function dateInZone(instant: Date, timeZone: string): CalendarDate {
  const ms = instant.getTime();
  const quarter = Math.floor(ms / QUARTER_HOUR_MS);
  const last = lastQuarter.get(timeZone);
  if (last?.quarter === quarter) return last.date;
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  if (ms >= SINCE) lastQuarter.set(timeZone, { quarter, date });
  return date;
}

/** The UTC instant at which a zone calendar date begins (00:00 local). */
export function startOfDayInZone(date: CalendarDate, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const offset = zoneOffsetMs(new Date(guess), timeZone);
  const first = guess - offset;
  // Re-check the offset at the candidate instant (matters only across DST changes).
  return new Date(guess - zoneOffsetMs(new Date(first), timeZone));
}

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  const [ay, am, ad] = a.split('-').map(Number);
  const [by, bm, bd] = b.split('-').map(Number);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** ISO 8601 week of a calendar date, e.g. `2024-W14`. */
export function isoWeekOf(date: CalendarDate): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  const dayOfWeek = t.getUTCDay() || 7; // Monday = 1 … Sunday = 7
  t.setUTCDate(t.getUTCDate() + 4 - dayOfWeek); // the week's Thursday decides its year
  const weekYear = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

export function isoWeekOfInstant(instant: Date, timeZone: string): string {
  return isoWeekOf(dateInZone(instant, timeZone));
}

const WEEK_RE = /^(\d{4})-W(\d{2})$/;

export function isIsoWeek(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = WEEK_RE.exec(value);
  if (!m) return false;
  const week = Number(m[2]);
  return week >= 1 && week <= 53 && isoWeekOf(mondayOfIsoWeek(value)) === value;
}

/** The Monday (calendar date) that starts an ISO week. */
export function mondayOfIsoWeek(week: string): CalendarDate {
  const m = WEEK_RE.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  const year = Number(m[1]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const jan4Dow = jan4.getUTCDay() || 7;
  const mondayWeek1 = Date.UTC(year, 0, 4 - jan4Dow + 1);
  return new Date(mondayWeek1 + (Number(m[2]) - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}
