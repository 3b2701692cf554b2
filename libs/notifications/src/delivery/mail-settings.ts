import { ConfigError, parseDuration } from '@luodi/core';

/**
 * Timings of email delivery. The SMTP timeouts stay well below the claim lease and the mail worker's job lock,
 * so a send that hangs gives up before anyone else may take the notification over.
 */
export interface MailSettings {
  /** nodemailer connection, greeting and socket (idle) timeouts. */
  smtpTimeoutMs: number;
  /** Pooled SMTP connections kept open and shared by the concurrent sends (`SMTP_MAX_CONNECTIONS`). */
  smtpMaxConnections: number;
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
 * Sends in flight in one worker: each waits mostly on PostgreSQL (claim, compose, mark) and on the SMTP reply,
 * so many overlap on one core; they share the pooled SMTP connections, queueing briefly when all are busy.
 */
export const MAIL_SEND_CONCURRENCY = 32;

/**
 * Optional `SMTP_TIMEOUT` (e.g. `20s`, at most 60s), `SMTP_MAX_CONNECTIONS` (1–50, default 8) and
 * `MAIL_RETRY_DELAY` (e.g. `5s`); the lease follows the timeout (4 × timeout + 2 s: connect, greeting and a
 * couple of commands, each bounded by the timeout).
 */
export function loadMailSettings(env: Record<string, string | undefined> = process.env): MailSettings {
  const smtpTimeoutMs = durationOf(env, 'SMTP_TIMEOUT', '20s', 60_000);
  const connections = env.SMTP_MAX_CONNECTIONS || '8';
  if (!/^\d+$/.test(connections) || Number(connections) < 1 || Number(connections) > 50) {
    throw new ConfigError('SMTP_MAX_CONNECTIONS', 'must be an integer between 1 and 50');
  }
  return {
    smtpTimeoutMs,
    smtpMaxConnections: Number(connections),
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
