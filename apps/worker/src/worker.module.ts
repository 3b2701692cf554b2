import { Module } from '@nestjs/common';
import { BatchEventRemindersModule } from '@luodi/plans';
import { AppConfigModule, ClockModule, DatabaseModule } from '@luodi/core';
import { NotificationDeliveryModule } from '@luodi/notifications';
import { QueuesModule } from '@luodi/queues';
import { TargetsModule } from '@luodi/targets';
import { WeeklyDigestProcessor } from './digests/weekly-digest.processor';
import { SendNotificationProcessor } from './mail/send-notification.processor';
import { OutboxListenerService } from './outbox/outbox-listener.service';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { ReminderScanProcessor } from './reminders/reminder-scan.processor';
import { JobSchedulersService } from './schedulers/job-schedulers.service';
import { TargetsProcessor } from './targets/targets.processor';

/** The worker: BullMQ processors and job schedulers, no HTTP server. */
@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    DatabaseModule,
    QueuesModule.forRole('worker'),
    NotificationDeliveryModule,
    TargetsModule,
    BatchEventRemindersModule,
  ],
  providers: [
    SendNotificationProcessor,
    ReminderScanProcessor,
    WeeklyDigestProcessor,
    OutboxRelayService,
    OutboxListenerService,
    TargetsProcessor,
    JobSchedulersService,
  ],
})
export class WorkerModule {}
