import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import {
  MAIL_JOB_LOCK_MS,
  MAIL_SEND_CONCURRENCY,
  NotificationDispatcher,
  NotificationFailedError,
} from '@luodi/notifications';
import { QueueName, SendNotificationJob } from '@luodi/queues';
import { LoggedWorkerHost } from '../logged-worker-host';

/**
 * Sends one notification. One that failed for good (an SMTP 5xx, an email that cannot be composed; the ledger
 * already says `failed`) becomes an UnrecoverableError, never retried; any other error is rethrown so BullMQ
 * retries with exponential backoff. The job lock outlasts the SMTP timeouts, so a live send is never taken for
 * stalled. Many sends run at once (over the pooled SMTP connections); the ledger's claim keeps each email to one.
 */
@Processor(QueueName.Mail, { concurrency: MAIL_SEND_CONCURRENCY, lockDuration: MAIL_JOB_LOCK_MS })
export class SendNotificationProcessor extends LoggedWorkerHost {
  constructor(private readonly dispatcher: NotificationDispatcher) {
    super();
  }

  async process(job: Job<SendNotificationJob>): Promise<string> {
    try {
      return await this.dispatcher.send(job.data.notificationId);
    } catch (err) {
      if (err instanceof NotificationFailedError) throw new UnrecoverableError(err.message);
      this.logger.warn(
        `notification ${job.data.notificationId} attempt ${job.attemptsMade + 1} failed: ${(err as Error).message}`,
      );
      throw err;
    }
  }
}
