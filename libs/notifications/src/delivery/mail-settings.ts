import { ConfigError, parseDuration } from '@luodi/core';

/**
 * Timings of email delivery. The SMTP timeouts stay well below the claim lease and the mail worker's job lock,
 * so a send that hangs gives up before anyone else may take the notification over.
 */
export interface MailSettings {
  /** nodemailer connection, greeting and socket (idle) timeouts. */
  smtpTimeoutMs: number;
  /** How long a claim holds a notification; a worker killed mid-send frees it when this runs out. */
  leaseMs: number;
  /** BullMQ attempts and first backoff delay (exponential) for temporary SMTP failures. */
  attempts: number;
  retryDelayMs: number;
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/** The mail worker's job lock: longer than any lease, so a live send is never seen as stalled. */
export const MAIL_JOB_LOCK_MS = 5 * 60_000;

/**
 * Optional `SMTP_TIMEOUT` (e.g. `20s`, at most 60s) and `MAIL_RETRY_DELAY` (e.g. `5s`); the lease follows
 * the timeout (4 × timeout + 2 s: connect, greeting and a couple of commands, each bounded by the timeout).
 */
export function loadMailSettings(env: Record<string, string | undefined> = process.env): MailSettings {
  const smtpTimeoutMs = durationOf(env, 'SMTP_TIMEOUT', '20s', 60_000);
  return {
    smtpTimeoutMs,
    leaseMs: 4 * smtpTimeoutMs + 2000,
    attempts: 6,
    retryDelayMs: durationOf(env, 'MAIL_RETRY_DELAY', '5s', 3_600_000),
  };
}

function durationOf(
  env: Record<string, string | undefined>,
  name: string,
  fallback: string,
  max: number,
): number {
  const raw = env[name] || fallback;
  const value = parseDuration(raw);
  if (value === null || value > max)
    throw new ConfigError(name, `must be a duration like 5s, at most ${max} ms`);
  return value;
}
