/**
 * Calendar dates (YYYY-MM-DD, already in the zone's time) and ISO weeks as a Chinese office writes them.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEK = /^(\d{4})-W(\d{2})$/;

function parts(date: string): [number, number, number] {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** "12月3日". */
export function formatMonthDay(date: string): string {
  const [, month, day] = parts(date);
  return `${month}月${day}日`;
}

/** "2026年12月3日". */
export function formatDate(date: string): string {
  const [year, month, day] = parts(date);
  return `${year}年${month}月${day}日`;
}

/** "2026年12月" from "2026-12" or a date. */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  return `${Number(m[1])}年${Number(m[2])}月`;
}

/** "2026年第49周" from "2026-W49". */
export function formatIsoWeek(week: string): string {
  const m = WEEK.exec(week);
  if (!m) throw new RangeError(`not an ISO week: ${week}`);
  return `${Number(m[1])}年第${Number(m[2])}周`;
}

/** "11月30日—12月6日"; across years, "2026年12月28日—2027年1月3日". */
export function formatDateRange(from: string, to: string): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return sameYear ? `${formatMonthDay(from)}—${formatMonthDay(to)}` : `${formatDate(from)}—${formatDate(to)}`;
}

/**
 * China Standard Time has been UTC+8 all year since 1992 (daylight saving ended in September 1991), so an instant
 * from then on needs no time-zone data: Intl.DateTimeFormat's first use in a page loads the browser's (~100 ms of
 * the main thread in Chromium, on the cockpit's first paint). Earlier instants and other zones ask Intl.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const SHANGHAI_FIXED_SINCE_MS = Date.UTC(1991, 11, 31, 16);

/** An instant (ISO 8601) as "2026年12月3日 14:05" in the given IANA zone (default Asia/Shanghai). */
export function formatDateTime(instant: string | Date, timeZone = 'Asia/Shanghai'): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (timeZone === 'Asia/Shanghai' && d.getTime() >= SHANGHAI_FIXED_SINCE_MS) {
    const local = new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString();
    return `${formatDate(local)} ${local.slice(11, 16)}`;
  }
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t: string) => f.find((p) => p.type === t)?.value ?? '';
  return `${formatDate(`${get('year')}-${get('month')}-${get('day')}`)} ${get('hour')}:${get('minute')}`;
}
