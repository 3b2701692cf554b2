import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { Clock, isCalendarDate } from '@luodi/core';
import { NotificationDispatcher } from '@luodi/notifications';
import { BatchEventReminderRecorder } from '@luodi/plans';
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
    private readonly batchEventReminders: BatchEventReminderRecorder,
  ) {
    super();
  }

  async process(
    job: Job<ReminderScanJob>,
  ): Promise<{ recorded: number; dailyLists: number; enqueued: number }> {
    const today = isCalendarDate(job.data?.today) ? job.data.today : this.clock.today();
    // 三个一批 reminders are recorded first, so today's daily lists carry them.
    await this.batchEventReminders.record(today);
    return this.dispatcher.reminderScan(today);
  }
}
