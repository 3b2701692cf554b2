import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { JobName, QueueName, SendNotificationJob } from '@luodi/queues';
import { DailyListService } from '../daily-list/daily-list.service';
import { NotificationLedgerRepository, OwedNotification } from '../ledger/notification-ledger.repository';
import { MAIL_SETTINGS, MailSettings } from './mail-settings';

const OWED_BATCH = 1000;

/**
 * Puts a send job on the mail queue for every ledger row that is owed one: new rows, rows whose job was lost
 * (a flushed Redis), rows released after a temporary failure and rows whose claim ran out (a worker killed
 * mid-send). Items a daily list carries get no job of their own. The job id is the ledger id (then
 * `{id}-r{attempts}` once it has been tried), so BullMQ drops a second add while a job for the same state exists;
 * the ledger's claim is what guarantees one email anyway. Temporary failures retry with exponential backoff
 * (`MAIL_RETRY_DELAY`, `attempts` from the mail settings); the next scan re-enqueues whatever is still owed.
 */
@Injectable()
export class MailQueueService {
  constructor(
    @InjectQueue(QueueName.Mail) private readonly queue: Queue<SendNotificationJob>,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
    private readonly ledger: NotificationLedgerRepository,
    private readonly dailyLists: DailyListService,
  ) {}

  /** Returns how many send jobs were asked for. */
  async enqueueOwed(): Promise<number> {
    const carried = this.dailyLists.carriedKinds();
    let total = 0;
    let after: OwedNotification | null = null;
    for (;;) {
      const owed = await this.ledger.findOwed(OWED_BATCH, after, carried);
      if (owed.length === 0) return total;
      await this.queue.addBulk(
        owed.map((n) => ({
          name: JobName.SendNotification,
          data: { notificationId: n.id },
          opts: {
            jobId: n.attempts === 0 ? n.id : `${n.id}-r${n.attempts}`,
            attempts: this.settings.attempts,
            backoff: { type: 'exponential', delay: this.settings.retryDelayMs },
          },
        })),
      );
      total += owed.length;
      if (owed.length < OWED_BATCH) return total;
      after = owed[owed.length - 1];
    }
  }
}
