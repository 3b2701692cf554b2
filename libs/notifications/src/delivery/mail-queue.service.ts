import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import {
  MAIL_SETTINGS,
  MailSettings,
  NotificationLedgerRepository,
  OwedNotification,
} from '@luodi/notifications';
import { JobName, QueueName, SendNotificationJob } from '@luodi/queues';

const OWED_BATCH = 1000;

/**
 * Puts a send job on the mail queue for every ledger row that is owed one: new rows, rows whose job was lost
 * (a flushed Redis), rows released after a temporary failure and rows whose claim ran out (a worker killed
 * mid-send). The job id is the ledger id (then `{id}-r{attempts}` once it has been tried), so BullMQ drops a
 * second add while a job for the same state exists; the ledger's claim is what guarantees one email anyway.
 */
@Injectable()
export class MailQueueService {
  constructor(
    @InjectQueue(QueueName.Mail) private readonly queue: Queue<SendNotificationJob>,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
    private readonly ledger: NotificationLedgerRepository,
  ) {}

  async enqueueOwed(): Promise<number> {
    let total = 0;
    let after: OwedNotification | null = null;
    for (;;) {
      const owed = await this.ledger.findOwed(OWED_BATCH, after);
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
