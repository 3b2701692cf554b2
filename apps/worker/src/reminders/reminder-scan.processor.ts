import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { Clock, isCalendarDate } from '@luodi/core';
import { NotificationDispatcher } from '@luodi/notifications';
import { QueueName, ReminderScanJob } from '@luodi/queues';
import { LoggedWorkerHost } from '../logged-worker-host';

/**
 * The periodic reminder scan: records the reminders and daily lists owed today, then enqueues a send for every
 * row still owed (so a scan also recovers sends lost to a flushed Redis or a killed worker).
 */
@Processor(QueueName.Reminders, { concurrency: 1 })
export class ReminderScanProcessor extends LoggedWorkerHost {
  constructor(
    private readonly clock: Clock,
    private readonly dispatcher: NotificationDispatcher,
  ) {
    super();
  }

  process(job: Job<ReminderScanJob>): Promise<{ recorded: number; dailyLists: number; enqueued: number }> {
    return this.dispatcher.reminderScan(
      isCalendarDate(job.data?.today) ? job.data.today : this.clock.today(),
    );
  }
}
