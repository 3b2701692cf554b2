import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@luodi/core';
import { User } from '@luodi/users';
import { DailyListService } from '../daily-list/daily-list.service';
import { DigestService, ZoneFiguresShare } from '../digests/digest.service';
import { OutgoingEmail, renderEmail } from '../email/email-document';
import { EmailLinks } from '../email/email-links';
import {
  ClaimedNotification,
  FinishedNotification,
  NotificationLedgerRepository,
} from '../ledger/notification-ledger.repository';
import { reminderEmail } from '../reminders/reminder-email.template';
import { ReminderLeadForSend, ReminderLeadsRepository } from '../reminders/reminder-leads.repository';
import { staleReason } from '../reminders/reminder-staleness';
import {
  errorSummary,
  isTransientError,
  NotificationFailedError,
  PermanentDeliveryError,
  TemporaryDeliveryError,
} from './delivery-errors';
import { MAIL_SETTINGS, MailSettings } from './mail-settings';
import { CoalescedWrites } from './coalesced-writes';
import { MailerService } from './mailer.service';

export type SendOutcome = 'sent' | 'skipped' | 'not-claimed';

/** What one batch came to, row by row (rows given back for a retry make `sendBatch` throw instead). */
export interface BatchOutcome {
  sent: number;
  skipped: number;
  failed: number;
  /** Rows that were sent, final, held by another claim, or carried by a daily list: nothing done. */
  notClaimed: number;
}

/** What composing a claimed notification gives: an email (and the items it carries), or a reason to skip it. */
type Composed = { email: OutgoingEmail; itemIds: string[] } | { skip: string };

/** What the batch's compose step read once for all its rows. */
interface BatchReads {
  leads: Map<string, ReminderLeadForSend>;
  zone: ZoneFiguresShare;
}

/**
 * Sends ledger rows, a batch at a time: claim them all (one conditional update with a lease), compose each from
 * the database as it is now (the batch's leads in one read), send them over the pooled SMTP connections, and mark
 * each as soon as it is done — the marks of all batches in flight are grouped into one statement per write (group
 * commit), so under load many emails share a statement while each is still marked within one write of its
 * acceptance. A duplicate job, a retry racing another, or a second worker finds the claim (or the final status)
 * and does nothing for that row. The one window for a duplicate email is a process killed after the SMTP server
 * accepted a message and before its `sent` was written: the lease then runs out and it is sent again.
 *
 * Failures, per row: an SMTP 5xx, or an email that cannot be composed (anything but a database outage), marks the
 * row `failed` for good (one log line, never retried); a temporary SMTP or database failure, or an email that could
 * not start within the send window, gives the claim back. When any row was given back, `sendBatch` throws
 * TemporaryDeliveryError after marking the others, so the caller retries with backoff: the retry claims only the
 * rows still owed. A single row's `send` keeps the old contract (NotificationFailedError for a failed row).
 */
@Injectable()
export class NotificationSenderService {
  private readonly logger = new Logger(NotificationSenderService.name);
  private readonly links: EmailLinks;
  /** Final states, written as soon as the previous write returns (see CoalescedWrites): one statement for many. */
  private readonly marks: CoalescedWrites<FinishedNotification>;

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
    this.marks = new CoalescedWrites((rows) => retryOnce(() => this.ledger.finishMany(rows)));
  }

  async send(notificationId: string): Promise<SendOutcome> {
    const failures: NotificationFailedError[] = [];
    const outcome = await this.sendBatch([notificationId], failures);
    if (failures[0]) throw failures[0];
    return outcome.sent ? 'sent' : outcome.skipped ? 'skipped' : 'not-claimed';
  }

  /**
   * Sends the rows of `ids` that can be claimed. Rows that failed for good are marked and reported in
   * `failures` (when given); throws TemporaryDeliveryError when some rows were given back for a retry.
   */
  async sendBatch(ids: readonly string[], failures: NotificationFailedError[] = []): Promise<BatchOutcome> {
    const startBy = performance.now() + this.settings.sendWindowMs;
    const claimed = await this.ledger.claimMany(ids, this.settings.leaseMs, this.dailyLists.carriedKinds());
    const outcome: BatchOutcome = { sent: 0, skipped: 0, failed: 0, notClaimed: ids.length - claimed.length };
    if (claimed.length === 0) return outcome;

    const givenBack: { id: string; reason: string }[] = [];
    const fail = (n: ClaimedNotification, reason: 'rejected' | 'compose_failed', message: string) => {
      outcome.failed += 1;
      failures.push(new NotificationFailedError(n.id, reason, message));
      this.logger.warn(
        reason === 'rejected'
          ? `notification ${n.id} rejected permanently: ${message}`
          : `notification ${n.id} (${n.kind}) cannot be composed; marked failed: ${message}`,
      );
    };

    let reads: BatchReads;
    try {
      reads = await this.readForBatch(claimed);
    } catch (err) {
      // The batch's shared read failed (the database): every row goes back, as one composing it alone would.
      const message = `compose: ${errorSummary(err)}`;
      if (!isTransientError(err)) throw err;
      await this.ledger.releaseMany(
        claimed.map((n) => n.id),
        message,
      );
      throw new TemporaryDeliveryError(message);
    }

    // Each row on its own: one row's error never keeps the batch's other accepted emails from being marked.
    // An accepted email whose mark then failed keeps its lease (never given back): the documented duplicate window.
    let unexpected: unknown = null;
    const accepted = new Set<string>();
    await Promise.all(
      claimed.map(async (n) => {
        try {
          await this.sendOne(n, reads, startBy, { givenBack, outcome, fail, accepted });
        } catch (err) {
          unexpected ??= err;
          if (!accepted.has(n.id)) givenBack.push({ id: n.id, reason: `send: ${errorSummary(err)}` });
        }
      }),
    );

    if (givenBack.length > 0) {
      await this.ledger.releaseMany(
        givenBack.map((g) => g.id),
        givenBack[0].reason,
      );
    }
    if (unexpected instanceof Error && !isTransientError(unexpected)) throw unexpected;
    if (unexpected || givenBack.length > 0) {
      throw new TemporaryDeliveryError(
        `${givenBack.length} of ${claimed.length} notification(s) given back for a retry: ` +
          (givenBack[0]?.reason ?? errorSummary(unexpected)),
      );
    }
    return outcome;
  }

  /** Composes and sends one claimed row, recording its end in the batch's lists. */
  private async sendOne(
    n: ClaimedNotification,
    reads: BatchReads,
    startBy: number,
    batch: {
      givenBack: { id: string; reason: string }[];
      outcome: BatchOutcome;
      fail: (n: ClaimedNotification, reason: 'rejected' | 'compose_failed', message: string) => void;
      accepted: Set<string>;
    },
  ): Promise<void> {
    const { givenBack, outcome, fail, accepted } = batch;
    const finish = (row: FinishedNotification) => this.marks.add(row);
    let composed: Composed;
    try {
      composed = await this.compose(n, reads);
    } catch (err) {
      const message = `compose: ${errorSummary(err)}`;
      if (isTransientError(err)) return void givenBack.push({ id: n.id, reason: message });
      await finish({ id: n.id, status: 'failed', reason: message });
      return fail(n, 'compose_failed', message);
    }
    if ('skip' in composed) {
      outcome.skipped += 1;
      return finish({ id: n.id, status: 'skipped', reason: composed.skip });
    }
    try {
      await this.mailer.send(composed.email, startBy);
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      if (!(err instanceof PermanentDeliveryError)) return void givenBack.push({ id: n.id, reason: message });
      // A daily list's items share its fate in the same transaction; anything else joins the batch's mark.
      if (composed.itemIds.length) await this.ledger.deliver(n.id, composed.itemIds, 'failed', message);
      else await finish({ id: n.id, status: 'failed', reason: message });
      return fail(n, 'rejected', message);
    }
    outcome.sent += 1;
    accepted.add(n.id);
    if (composed.itemIds.length) await this.ledger.deliver(n.id, composed.itemIds, 'sent', null);
    else await finish({ id: n.id, status: 'sent', reason: null });
  }

  /** The reads a batch shares: every reminder's lead (one query), and a place for the zone's digest figures. */
  private async readForBatch(claimed: ClaimedNotification[]): Promise<BatchReads> {
    const leadIds = claimed.flatMap((n) =>
      (n.kind === 'due_soon' || n.kind === 'overdue') && n.leadId && n.activeRecipient ? [n.leadId] : [],
    );
    return { leads: await this.reminderLeads.findForSend(leadIds), zone: new Map() };
  }

  private async compose(n: ClaimedNotification, reads: BatchReads): Promise<Composed> {
    // Whoever the row is for must still be an active user (read with the claim).
    const recipient = n.activeRecipient;
    if (!recipient) return { skip: 'recipient is inactive or gone' };
    switch (n.kind) {
      case 'digest': {
        if (!n.week) return { skip: 'a digest without a week' };
        const doc = await this.digests.compose(recipient, n.week, reads.zone);
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
        return this.composeReminder(n, recipient, n.leadId ? (reads.leads.get(n.leadId) ?? null) : null);
      default:
        return { skip: `${n.kind} is delivered by the daily list` };
    }
  }

  private composeReminder(
    n: ClaimedNotification,
    recipient: User,
    lead: ReminderLeadForSend | null,
  ): Composed {
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

/** Runs `fn`, and once more after a short pause if the first try failed on the database (a blip). */
async function retryOnce(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (!isTransientError(err)) throw err;
    await new Promise((r) => setTimeout(r, 500));
    await fn();
  }
}
