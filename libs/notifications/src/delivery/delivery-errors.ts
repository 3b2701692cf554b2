import { DomainError } from '@luodi/core';

/** The SMTP server refused the message for good (5xx): retrying cannot help. */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

/** Anything else (connection refused, timeout, 4xx, the database briefly gone): worth retrying later. */
export class TemporaryDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemporaryDeliveryError';
  }
}

/** No SMTP connection came free within the send window after the claim: not sent, to be retried. */
export class SendWindowPassedError extends TemporaryDeliveryError {
  constructor() {
    super('no SMTP connection free within the send window; given back for a retry');
    this.name = 'SendWindowPassedError';
  }
}

/**
 * A notification that failed for good and is marked `failed` in the ledger: the SMTP server rejected it, or it
 * cannot be composed (a digest for a week no report accepts, a bug). Never retried.
 */
export class NotificationFailedError extends Error {
  constructor(
    readonly notificationId: string,
    readonly reason: 'rejected' | 'compose_failed',
    message: string,
  ) {
    super(message);
    this.name = 'NotificationFailedError';
  }
}

/** PostgreSQL connection-class and shutdown errors, and deadlocks: the same work may well succeed later. */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
  '57P01',
  '57P02',
  '57P03',
  '40001',
  '40P01',
]);

/** Whether an error met while composing an email is worth a retry (the database, not the content, failed). */
export function isTransientError(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const raw = e?.driverError?.code ?? e?.code;
  const code = typeof raw === 'string' ? raw : '';
  if (TRANSIENT_CODES.has(code)) return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}

/** One line for a log or a ledger row: the message and, for a domain error, each field's complaint. */
export function errorSummary(err: unknown): string {
  if (err instanceof DomainError && err.errors.length) {
    return `${err.message} (${err.errors.map((e) => `${e.field}: ${e.message}`).join('; ')})`.slice(0, 500);
  }
  return (err instanceof Error ? err.message : String(err)).slice(0, 500);
}
