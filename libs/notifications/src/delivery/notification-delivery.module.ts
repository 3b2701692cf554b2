import { Module } from '@nestjs/common';
import { UsersModule } from '@luodi/users';
import { NotificationsModule } from '../notifications.module';
import { loadMailSettings, MAIL_SETTINGS } from './mail-settings';
import { MailerService } from './mailer.service';
import { MailQueueService } from './mail-queue.service';
import { NotificationDispatcher } from './notification-dispatcher.service';
import { NotificationSenderService } from './notification-sender.service';

/**
 * Sending, for the worker: SMTP, the mail queue's send jobs and retry policy, and the dispatcher its processors
 * call. Needs the app's (global) QueuesModule for the mail queue.
 */
@Module({
  imports: [NotificationsModule, UsersModule],
  providers: [
    { provide: MAIL_SETTINGS, useFactory: () => loadMailSettings() },
    MailerService,
    MailQueueService,
    NotificationSenderService,
    NotificationDispatcher,
  ],
  exports: [MAIL_SETTINGS, MailQueueService, NotificationDispatcher],
})
export class NotificationDeliveryModule {}
