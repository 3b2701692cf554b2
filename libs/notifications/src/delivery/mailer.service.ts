import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@luodi/core';
import { OutgoingEmail } from '../email/email-document';
import { PermanentDeliveryError, SendWindowPassedError, TemporaryDeliveryError } from './delivery-errors';
import { Semaphore } from './semaphore';
import { MAIL_SETTINGS, MailSettings } from './mail-settings';
import { mimeMessage } from './mime-message';

/**
 * Sends email over SMTP (`SMTP_URL`) with nodemailer, with timeouts that bound every send. Connections are
 * pooled (`SMTP_MAX_CONNECTIONS`) and reused for up to 1,000 messages each, so the concurrent sends of the mail
 * worker skip the connect, greeting and EHLO a fresh connection per email costs. At most one message per pooled
 * connection is handed to nodemailer at a time (the others wait here), so a message handed over goes out at once
 * and its time on the wire is bounded by the timeouts; one whose `startBy` passed while it waited is not sent.
 * A message either gets the server's reply or an error (a dropped pooled connection fails only the message on
 * it, as a temporary error).
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly transport: Transporter;
  private readonly slots: Semaphore;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_SETTINGS) settings: MailSettings,
  ) {
    this.transport = createTransport({
      url: config.smtpUrl,
      pool: true,
      maxConnections: settings.smtpMaxConnections,
      maxMessages: 1000,
      connectionTimeout: settings.smtpTimeoutMs,
      greetingTimeout: settings.smtpTimeoutMs,
      socketTimeout: settings.smtpTimeoutMs,
      dnsTimeout: settings.smtpTimeoutMs,
      // Local catchers (Mailpit) and test servers speak plain SMTP; STARTTLS is used when offered.
      tls: { rejectUnauthorized: config.nodeEnv === 'production' },
    } as Parameters<typeof createTransport>[0]);
    this.slots = new Semaphore(settings.smtpMaxConnections);
  }

  /**
   * Throws PermanentDeliveryError on a 5xx rejection, TemporaryDeliveryError on anything else, and
   * SendWindowPassedError (temporary) without sending when no connection was free before `startBy`
   * (performance.now()).
   */
  async send(email: OutgoingEmail, startBy = Infinity): Promise<void> {
    // Built whole first, then handed over as one buffer (see mimeMessage).
    const message = mimeMessage(email, this.config.mailFrom);
    await this.slots.acquire();
    try {
      if (performance.now() > startBy) throw new SendWindowPassedError();
      await this.transport.sendMail({ envelope: message.envelope, raw: message.raw });
    } catch (err) {
      if (err instanceof SendWindowPassedError) throw err;
      const e = err as { responseCode?: number; message?: string; code?: string };
      const message = `${e.code ?? 'SMTP'}: ${e.message ?? String(err)}`.slice(0, 500);
      if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) {
        throw new PermanentDeliveryError(message);
      }
      throw new TemporaryDeliveryError(message);
    } finally {
      this.slots.release();
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
