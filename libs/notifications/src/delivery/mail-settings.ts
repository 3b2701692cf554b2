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
  /**
   * How long a claim holds a notification; a worker killed mid-send frees it when this runs out. It covers the
   * send window plus the longest one send can take (connect, greeting and a couple of commands, each bounded by
   * the SMTP timeout), so no send is still under way when the lease runs out.
   */
  leaseMs: number;
  /**
   * A batch's emails start within this long after their claim; one that would start later (SMTP slow, every
   * connection busy) is given back instead, for the job's retry.
   */
  sendWindowMs: number;
  /** BullMQ attempts and first backoff delay (exponential) for temporary SMTP failures. */
  attempts: number;
  retryDelayMs: number;
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/** The mail worker's job lock: longer than any lease, so a live send is never seen as stalled. */
export const MAIL_JOB_LOCK_MS = 10 * 60_000;

/**
 * Ledger rows per send job: claimed in one statement, composed with one read of their leads, sent over the pooled
 * connections, and marked in one statement.
 */
export const MAIL_SEND_BATCH = 25;

/**
 * Send jobs (batches) in flight in one worker: while one batch's emails are on the SMTP connections, the next is
 * being claimed and composed, so the connections never wait for PostgreSQL.
 */
export const MAIL_SEND_CONCURRENCY = 4;

/** The most a batch's emails may wait for a free SMTP connection after their claim (see `sendWindowMs`). */
const MAX_SEND_WINDOW_MS = 30_000;

/**
 * Optional `SMTP_TIMEOUT` (e.g. `20s`, at most 60s), `SMTP_MAX_CONNECTIONS` (1–50, default 8) and
 * `MAIL_RETRY_DELAY` (e.g. `5s`); the lease follows the timeout: the send window (as long as one send, at most
 * 30 s), then one send (4 × timeout + 2 s: connect, greeting and a couple of commands, each bounded by it).
 */
export function loadMailSettings(env: Record<string, string | undefined> = process.env): MailSettings {
  const smtpTimeoutMs = durationOf(env, 'SMTP_TIMEOUT', '20s', 60_000);
  // One send at most: connect, greeting and a couple of commands, each bounded by the timeout.
  const oneSendMs = 4 * smtpTimeoutMs + 2000;
  const sendWindowMs = Math.min(MAX_SEND_WINDOW_MS, oneSendMs);
  const connections = env.SMTP_MAX_CONNECTIONS || '8';
  if (!/^\d+$/.test(connections) || Number(connections) < 1 || Number(connections) > 50) {
    throw new ConfigError('SMTP_MAX_CONNECTIONS', 'must be an integer between 1 and 50');
  }
  return {
    smtpTimeoutMs,
    smtpMaxConnections: Number(connections),
    leaseMs: sendWindowMs + oneSendMs,
    sendWindowMs,
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
