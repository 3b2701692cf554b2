import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { MAIL_JOB_LOCK_MS, MAIL_SEND_CONCURRENCY, NotificationDispatcher } from '@luodi/notifications';
import { QueueName, SendNotificationJob } from '@luodi/queues';
import { LoggedWorkerHost } from '../logged-worker-host';

/**
 * Sends a batch of notifications (see NotificationSenderService). Rows that failed for good (an SMTP 5xx, an
 * email that cannot be composed) are already marked `failed` and logged, never retried; when rows were given back
 * after a temporary failure the error is rethrown, so BullMQ retries the batch with exponential backoff and the
 * retry claims only the rows still owed. The job lock outlasts the claim's lease, so a live send is never taken
 * for stalled. A few batches run at once (one sending over the pooled SMTP connections while the next is claimed
 * and composed); the ledger's claim keeps each email to one.
 */
@Processor(QueueName.Mail, { concurrency: MAIL_SEND_CONCURRENCY, lockDuration: MAIL_JOB_LOCK_MS })
export class SendNotificationProcessor extends LoggedWorkerHost {
  constructor(private readonly dispatcher: NotificationDispatcher) {
    super();
  }

  async process(job: Job<SendNotificationJob>): Promise<string> {
    const ids = job.data.notificationIds ?? (job.data.notificationId ? [job.data.notificationId] : []);
    try {
      const o = await this.dispatcher.sendBatch(ids);
      return `sent ${o.sent}, skipped ${o.skipped}, failed ${o.failed}, not claimed ${o.notClaimed}`;
    } catch (err) {
      this.logger.warn(
        `send batch ${job.id} (${ids.length}) attempt ${job.attemptsMade + 1} failed: ${(err as Error).message}`,
      );
      throw err;
    }
  }
}
