import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { Clock, isCalendarDate } from '@luodi/core';
import { ReminderScanService } from '@luodi/notifications';
import { QueueName, ReminderScanJob } from '@luodi/queues';
import { MailQueueService } from '../mail/mail-queue.service';
import { LoggedWorkerHost } from '../logged-worker-host';

/**
 * The periodic reminder scan: records the reminders owed today in the ledger, then enqueues a send for every
 * row still owed — so a scan also recovers sends lost to a flushed Redis or a killed worker.
 */
@Processor(QueueName.Reminders, { concurrency: 1 })
export class ReminderScanProcessor extends LoggedWorkerHost {
  constructor(
    private readonly clock: Clock,
    private readonly scanner: ReminderScanService,
    private readonly mail: MailQueueService,
  ) {
    super();
  }

  async process(job: Job<ReminderScanJob>): Promise<{ created: number; enqueued: number }> {
    const today = isCalendarDate(job.data?.today) ? job.data.today : this.clock.today();
    const created = await this.scanner.scan(today);
    const enqueued = await this.mail.enqueueOwed();
    return { created, enqueued };
  }
}
