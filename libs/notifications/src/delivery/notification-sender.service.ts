import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@luodi/core';
import { User } from '@luodi/users';
import { DailyListService } from '../daily-list/daily-list.service';
import { DigestService } from '../digests/digest.service';
import { OutgoingEmail, renderEmail } from '../email/email-document';
import { EmailLinks } from '../email/email-links';
import { ClaimedNotification, NotificationLedgerRepository } from '../ledger/notification-ledger.repository';
import { reminderEmail } from '../reminders/reminder-email.template';
import { ReminderLeadsRepository } from '../reminders/reminder-leads.repository';
import { staleReason } from '../reminders/reminder-staleness';
import {
  errorSummary,
  isTransientError,
  NotificationFailedError,
  PermanentDeliveryError,
  TemporaryDeliveryError,
} from './delivery-errors';
import { MAIL_SETTINGS, MailSettings } from './mail-settings';
import { MailerService } from './mailer.service';

export type SendOutcome = 'sent' | 'skipped' | 'not-claimed';

/** What composing a claimed notification gives: an email (and the items it carries), or a reason to skip it. */
type Composed = { email: OutgoingEmail; itemIds: string[] } | { skip: string };

/**
 * Sends one ledger row: claim (conditional update with a lease), compose it from the database as it is now, send,
 * mark. A duplicate job, a retry racing another, or a second worker finds the claim (or the final status) and does
 * nothing. The one window for a duplicate email is a process killed after the SMTP server accepted the
 * message and before `sent` was written: the lease then runs out and the notification is sent again.
 *
 * Failures: an SMTP 5xx, or an email that cannot be composed (anything but a database outage), marks the row
 * `failed` for good and throws NotificationFailedError (one log line, no retry); a temporary SMTP or database
 * failure gives the claim back and throws TemporaryDeliveryError, for the caller's retry with backoff.
 */
@Injectable()
export class NotificationSenderService {
  private readonly logger = new Logger(NotificationSenderService.name);
  private readonly links: EmailLinks;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
    private readonly clock: Clock,
    private readonly ledger: NotificationLedgerRepository,
    private readonly reminderLeads: ReminderLeadsRepository,
    private readonly digests: DigestService,
    private readonly dailyLists: DailyListService,
    private readonly mailer: MailerService,
  ) {
    this.links = new EmailLinks(config.appBaseUrl);
  }

  async send(notificationId: string): Promise<SendOutcome> {
    const claimed = await this.ledger.claim(
      notificationId,
      this.settings.leaseMs,
      this.dailyLists.carriedKinds(),
    );
    if (!claimed) return 'not-claimed';
    let composed: Composed;
    try {
      composed = await this.compose(claimed);
    } catch (err) {
      const message = `compose: ${errorSummary(err)}`;
      if (isTransientError(err)) {
        await this.ledger.release(claimed.id, message);
        throw new TemporaryDeliveryError(message);
      }
      await this.ledger.markFinal(claimed.id, 'failed', message);
      this.logger.warn(
        `notification ${claimed.id} (${claimed.kind}) cannot be composed; marked failed: ${message}`,
      );
      throw new NotificationFailedError(claimed.id, 'compose_failed', message);
    }
    if ('skip' in composed) {
      await this.ledger.markFinal(claimed.id, 'skipped', composed.skip);
      return 'skipped';
    }
    try {
      await this.mailer.send(composed.email);
    } catch (err) {
      if (err instanceof PermanentDeliveryError) {
        await this.ledger.deliver(claimed.id, composed.itemIds, 'failed', err.message);
        this.logger.warn(`notification ${claimed.id} rejected permanently: ${err.message}`);
        throw new NotificationFailedError(claimed.id, 'rejected', err.message);
      }
      const message = (err as Error).message ?? String(err);
      await this.ledger.release(claimed.id, message);
      throw err instanceof TemporaryDeliveryError ? err : new TemporaryDeliveryError(message);
    }
    await this.ledger.deliver(claimed.id, composed.itemIds, 'sent', null);
    return 'sent';
  }

  private async compose(n: ClaimedNotification): Promise<Composed> {
    // Whoever the row is for must still be an active user (read with the claim).
    const recipient = n.activeRecipient;
    if (!recipient) return { skip: 'recipient is inactive or gone' };
    switch (n.kind) {
      case 'digest': {
        if (!n.week) return { skip: 'a digest without a week' };
        const doc = await this.digests.compose(recipient, n.week);
        return { email: renderEmail(doc, n.recipient), itemIds: [] };
      }
      case 'daily_duban': {
        const list = await this.dailyLists.compose(
          recipient.id,
          recipient.name,
          n.listDate ?? this.clock.today(),
        );
        if (!list) return { skip: 'nothing on the list applies any more' };
        return { email: renderEmail(list.document, n.recipient), itemIds: list.itemIds };
      }
      case 'due_soon':
      case 'overdue':
        return this.composeReminder(n, recipient);
      default:
        return { skip: `${n.kind} is delivered by the daily list` };
    }
  }

  private async composeReminder(n: ClaimedNotification, recipient: User): Promise<Composed> {
    const lead = n.leadId ? await this.reminderLeads.findForSend(n.leadId) : null;
    const stale = staleReason(n, lead);
    if (stale || !lead?.stageDeadline) return { skip: `no longer applies: ${stale ?? 'no deadline'}` };
    // After an outage a lead owes only its most recent reminder.
    const latest = lead.latestOffset;
    if (latest !== null && n.offsetDays !== null && latest > n.offsetDays) {
      return { skip: 'superseded by a later reminder for the same deadline' };
    }
    const doc = reminderEmail({
      recipientName: recipient.name,
      lead: { ...lead, stageDeadline: lead.stageDeadline },
      today: this.clock.today(),
      links: this.links,
    });
    return { email: renderEmail(doc, n.recipient), itemIds: [] };
  }
}
