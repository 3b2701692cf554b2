import { getNextMillis } from 'bullmq';

const LOOK_BACK_MS = 8 * 24 * 3600_000;

/**
 * The most recent run of the digest schedule at or before `now` (within the last 8 days), computed with
 * BullMQ's own cron evaluation so it matches the scheduler exactly; null when the pattern had no run then.
 */
export function lastDigestSlot(now: Date, pattern: string, tz: string): Date | null {
  let from = now.getTime() - LOOK_BACK_MS;
  let last: number | null = null;
  for (let i = 0; i < 20_000; i++) {
    const next = getNextMillis(from, { pattern, tz });
    if (next === undefined || next > now.getTime()) break;
    last = next;
    from = next;
  }
  return last === null ? null : new Date(last);
}
