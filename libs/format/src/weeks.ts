/**
 * ISO weeks and weekdays as an office writes them in titles: "2026年第49周（11月30日—12月6日）", "周四".
 * Pure calendar arithmetic on `YYYY-MM-DD` strings (UTC date math, so the process time zone never matters).
 */
import { formatDateRange, formatIsoWeek } from './dates';

const WEEK = /^(\d{4})-W(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

function utcOf(date: string): Date {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The Monday and Sunday of an ISO week ("2026-W49" → 2026-11-30 and 2026-12-06). */
export function isoWeekDates(week: string): { monday: string; sunday: string } {
  const m = WEEK.exec(week);
  if (!m) throw new RangeError(`not an ISO week: ${week}`);
  const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86_400_000);
  monday.setUTCDate(monday.getUTCDate() + (Number(m[2]) - 1) * 7);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { monday: iso(monday), sunday: iso(sunday) };
}

/** "2026年第49周（11月30日—12月6日）". */
export function formatIsoWeekRange(week: string): string {
  const { monday, sunday } = isoWeekDates(week);
  return `${formatIsoWeek(week)}（${formatDateRange(monday, sunday)}）`;
}

/** "周四" for 2026-12-03. */
export function formatWeekday(date: string): string {
  return WEEKDAYS[utcOf(date).getUTCDay()];
}
