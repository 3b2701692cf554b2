import { Module } from '@nestjs/common';
import { NotificationsModule } from '@luodi/notifications';
import { BatchEventReminderRecorder, BatchEventReminderSource } from './batch-event-reminders';
import { BatchEventsRepository } from './batch-events.repository';

/** For the worker: records 三个一批 reminders and delivers them in the daily 督办清单. */
@Module({
  imports: [NotificationsModule],
  providers: [BatchEventsRepository, BatchEventReminderRecorder, BatchEventReminderSource],
  exports: [BatchEventReminderRecorder],
})
export class BatchEventRemindersModule {}
