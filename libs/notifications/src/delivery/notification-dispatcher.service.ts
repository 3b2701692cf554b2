import { Injectable } from '@nestjs/common';
import { CalendarDate } from '@luodi/core';
import { DailyListService } from '../daily-list/daily-list.service';
import { DigestService } from '../digests/digest.service';
import { ReminderScanService } from '../reminders/reminder-scan.service';
import { SupervisionNoticeScanService } from '../supervision/supervision-notice-scan.service';
import { MailQueueService } from './mail-queue.service';
import { NotificationFailedError } from './delivery-errors';
import { BatchOutcome, NotificationSenderService, SendOutcome } from './notification-sender.service';

/**
 * The one entry point of the worker's notification processors (each calls one method): record what is owed in
 * the ledger, then put a send job on the mail queue for every row owed one; and send one row.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    private readonly reminders: ReminderScanService,
    private readonly dailyLists: DailyListService,
    private readonly digests: DigestService,
    private readonly mailQueue: MailQueueService,
    private readonly sender: NotificationSenderService,
    private readonly supervisionNotices: SupervisionNoticeScanService,
  ) {}

  /**
   * The periodic scan: the reminders owed on `today`, today's daily lists for everyone owed items, then a send
   * for every row still owed (which also recovers sends lost to a flushed Redis or a killed worker).
   */
  async reminderScan(
    today: CalendarDate,
  ): Promise<{ recorded: number; dailyLists: number; enqueued: number }> {
    const recorded = (await this.reminders.scan(today)) + (await this.supervisionNotices.scan(today));
    const dailyLists = await this.dailyLists.plan(today);
    const enqueued = await this.mailQueue.enqueueOwed();
    return { recorded, dailyLists, enqueued };
  }

  /** A week's digests: one row per active user (refused for a week outside the allowed range), then the sends. */
  async weeklyDigest(week: string): Promise<{ week: string; recorded: number; enqueued: number }> {
    const recorded = await this.digests.planWeek(week);
    const enqueued = await this.mailQueue.enqueueOwed();
    return { week, recorded, enqueued };
  }

  /** Sends one ledger row (see NotificationSenderService for the failure contract). */
  send(notificationId: string): Promise<SendOutcome> {
    return this.sender.send(notificationId);
  }

  /** Sends a batch of ledger rows; rows that failed for good are in `failures` (see NotificationSenderService). */
  sendBatch(notificationIds: readonly string[], failures?: NotificationFailedError[]): Promise<BatchOutcome> {
    return this.sender.sendBatch(notificationIds, failures);
  }
}
