import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { JobName, QueueName, SendNotificationJob } from '@luodi/queues';
import { DailyListService } from '../daily-list/daily-list.service';
import { NotificationLedgerRepository, OwedNotification } from '../ledger/notification-ledger.repository';
import { MAIL_SEND_BATCH, MAIL_SETTINGS, MailSettings } from './mail-settings';

const OWED_BATCH = 1000;

/**
 * Puts send jobs on the mail queue for every ledger row that is owed one: new rows, rows whose job was lost
 * (a flushed Redis), rows released after a temporary failure and rows whose claim ran out (a worker killed
 * mid-send). Items a daily list carries get no job of their own. Each job carries up to MAIL_SEND_BATCH rows,
 * oldest first; its id is a hash of the rows and their attempts, so BullMQ drops a second add of the same batch
 * in the same state (a scan repeated before the first's jobs ran); the ledger's claim is what guarantees one
 * email anyway. Temporary failures retry the batch with exponential backoff (`MAIL_RETRY_DELAY`, `attempts` from
 * the mail settings): the retry claims only the rows still owed; the next scan re-enqueues whatever is left.
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
      const batches: OwedNotification[][] = [];
      for (let i = 0; i < owed.length; i += MAIL_SEND_BATCH) batches.push(owed.slice(i, i + MAIL_SEND_BATCH));
      await this.queue.addBulk(
        batches.map((batch) => ({
          name: JobName.SendNotification,
          data: { notificationIds: batch.map((n) => n.id) },
          opts: {
            jobId: batchJobId(batch),
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

/** The same rows in the same state give the same id (`send-{hash}`). */
function batchJobId(batch: OwedNotification[]): string {
  const hash = createHash('sha1');
  for (const n of batch) hash.update(`${n.id}:${n.attempts};`);
  return `send-${hash.digest('base64url')}`;
}
