import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@luodi/core';
import { DigestService } from './digest.service';
import { MAIL_SETTINGS, MailSettings } from './mail-settings';
import { MailerService, OutgoingEmail, PermanentDeliveryError } from './mailer.service';
import { ClaimedNotification, NotificationLedgerRepository } from './notification-ledger.repository';
import { renderReminderEmail } from './reminder-email.template';
import { ReminderLeadsRepository } from './reminder-leads.repository';

export type SendOutcome = 'sent' | 'skipped' | 'not-claimed';

/**
 * Sends one ledger row: claim (conditional update with a lease), check it still applies, send, mark.
 * A duplicate job, a retry racing another, or a second worker finds the claim (or the final status) and does
 * nothing. The one window for a duplicate email is a process killed after the SMTP server accepted the
 * message and before `sent` was written: the lease then runs out and the notification is sent again.
 */
@Injectable()
export class NotificationSenderService {
  private readonly logger = new Logger(NotificationSenderService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
    private readonly clock: Clock,
    private readonly ledger: NotificationLedgerRepository,
    private readonly leads: ReminderLeadsRepository,
    private readonly digests: DigestService,
    private readonly mailer: MailerService,
  ) {}

  /**
   * Throws PermanentDeliveryError (after marking the row `failed`) on a 5xx rejection, and any other error
   * (after releasing the claim) for a temporary failure, so the caller's retry policy applies.
   */
  async send(notificationId: string): Promise<SendOutcome> {
    const claimed = await this.ledger.claim(notificationId, this.settings.leaseMs);
    if (!claimed) return 'not-claimed';
    let email: OutgoingEmail | null;
    try {
      email = await this.compose(claimed);
    } catch (err) {
      await this.ledger.release(claimed.id, `compose: ${(err as Error).message}`);
      throw err;
    }
    if (!email) {
      await this.ledger.markFinal(
        claimed.id,
        'skipped',
        'no longer applies (lead moved on or recipient inactive)',
      );
      return 'skipped';
    }
    try {
      await this.mailer.send(email);
    } catch (err) {
      if (err instanceof PermanentDeliveryError) {
        await this.ledger.markFinal(claimed.id, 'failed', err.message);
        this.logger.warn(`notification ${claimed.id} rejected permanently: ${err.message}`);
      } else {
        await this.ledger.release(claimed.id, (err as Error).message);
      }
      throw err;
    }
    await this.ledger.markSent(claimed.id);
    return 'sent';
  }

  private async compose(n: ClaimedNotification): Promise<OutgoingEmail | null> {
    if (n.kind === 'digest') {
      return n.userId && n.week ? this.digests.compose(n.userId, n.week, n.recipient) : null;
    }
    const recipient = n.userId ? await this.digests.recipientOf(n.userId) : null;
    if (!recipient?.active) return null;
    const lead = n.leadId ? await this.leads.findDetails(n.leadId) : null;
    // The lead moved on (new stage entry, moved deadline, closed) since the reminder was recorded.
    if (
      !lead ||
      lead.stage === 'production' ||
      lead.stage === 'lost' ||
      lead.stageEntryId !== n.stageEntryId ||
      lead.stageDeadline !== n.stageDeadline ||
      lead.stageDeadline === null
    ) {
      return null;
    }
    return renderReminderEmail({
      kind: n.kind,
      to: n.recipient,
      lead: { ...lead, stageDeadline: lead.stageDeadline },
      today: this.clock.today(),
      appBaseUrl: this.config.appBaseUrl,
    });
  }
}
