import { Module } from '@nestjs/common';
import { ReportsModule } from '@luodi/reports';
import { TargetsModule } from '@luodi/targets';
import { DigestRepository } from './digest.repository';
import { DigestService } from './digest.service';
import { loadMailSettings, MAIL_SETTINGS } from './mail-settings';
import { MailerService } from './mailer.service';
import { NotificationLedgerRepository } from './notification-ledger.repository';
import { NotificationSenderService } from './notification-sender.service';
import { NotificationsService } from './notifications.service';
import { ReminderLeadsRepository } from './reminder-leads.repository';
import { ReminderScanService } from './reminder-scan.service';

/** Reminders, digests, the notification ledger and the mailer; used by the worker (sending) and the API (reading). */
@Module({
  imports: [TargetsModule, ReportsModule],
  providers: [
    { provide: MAIL_SETTINGS, useFactory: () => loadMailSettings() },
    NotificationLedgerRepository,
    ReminderLeadsRepository,
    ReminderScanService,
    DigestRepository,
    DigestService,
    MailerService,
    NotificationSenderService,
    NotificationsService,
  ],
  exports: [
    MAIL_SETTINGS,
    NotificationLedgerRepository,
    ReminderScanService,
    DigestService,
    NotificationSenderService,
    NotificationsService,
  ],
})
export class NotificationsModule {}
