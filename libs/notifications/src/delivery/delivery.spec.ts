import { ValidationFailedError } from '@luodi/core';
import { errorSummary, isTransientError } from './delivery-errors';
import { loadMailSettings } from './mail-settings';

describe('delivery', () => {
  it('derives the claim lease from the SMTP timeout, sizes the SMTP pool and refuses bad values', () => {
    expect(loadMailSettings({ SMTP_TIMEOUT: '10s' })).toMatchObject({
      smtpTimeoutMs: 10_000,
      leaseMs: 72_000,
      sendWindowMs: 30_000,
      smtpMaxConnections: 8,
    });
    expect(loadMailSettings({ SMTP_MAX_CONNECTIONS: '3' }).smtpMaxConnections).toBe(3);
    expect(() => loadMailSettings({ SMTP_MAX_CONNECTIONS: '0' })).toThrow(/SMTP_MAX_CONNECTIONS/);
    expect(() => loadMailSettings({ SMTP_MAX_CONNECTIONS: 'many' })).toThrow(/SMTP_MAX_CONNECTIONS/);
    expect(() => loadMailSettings({ SMTP_TIMEOUT: '2h' })).toThrow(/SMTP_TIMEOUT/);
    expect(() => loadMailSettings({ MAIL_RETRY_DELAY: 'soon' })).toThrow(/MAIL_RETRY_DELAY/);
  });

  it('retries composing only when the database, not the content, failed', () => {
    expect(isTransientError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientError({ message: 'q', driverError: { code: '57P01' } })).toBe(true);
    expect(isTransientError({ message: 'q', driverError: { code: '40P01' } })).toBe(true);
    expect(isTransientError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientError(new ValidationFailedError([{ field: 'year', message: 'bad' }]))).toBe(false);
    expect(isTransientError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isTransientError({ message: 'q', driverError: { code: '22P02' } })).toBe(false);
    expect(isTransientError(null)).toBe(false);
  });

  it('names every field of a domain error in one line', () => {
    expect(errorSummary(new ValidationFailedError([{ field: 'year', message: '须在2000至2100之间' }]))).toBe(
      '请求中有不符合要求的字段。 (year: 须在2000至2100之间)',
    );
    expect(errorSummary(new Error('boom'))).toBe('boom');
    expect(errorSummary('x'.repeat(600))).toHaveLength(500);
  });
});
