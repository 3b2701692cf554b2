import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CatalogModule } from '@luodi/catalog';
import { LeadsModule } from '@luodi/leads';
import { ReportsModule } from '@luodi/reports';
import { TargetsModule } from '@luodi/targets';
import { UsersModule } from '@luodi/users';
import { DailyListService } from './daily-list/daily-list.service';
import { EscalationSource } from './daily-list/escalation.source';
import { DigestService } from './digests/digest.service';
import { StaffDigestComposer } from './digests/staff-digest.composer';
import { StaffDigestRepository } from './digests/staff-digest.repository';
import { ZoneDigestComposer } from './digests/zone-digest.composer';
import { NotificationLedgerRepository } from './ledger/notification-ledger.repository';
import { NotificationsService } from './notifications.service';
import { ReminderLeadsRepository } from './reminders/reminder-leads.repository';
import { ReminderScanService } from './reminders/reminder-scan.service';
import { SupervisionNoticeScanService } from './supervision/supervision-notice-scan.service';
import { SupervisionNoticesRepository } from './supervision/supervision-notices.repository';
import { ProblemOverdueSource, SupervisionSource } from './supervision/supervision.source';

/**
 * The notification ledger, reminders, digests and daily lists: recording what is owed and composing emails. Used
 * by the API (the ledger list, digest previews) and the worker (through NotificationDeliveryModule).
 */
@Module({
  imports: [DiscoveryModule, UsersModule, CatalogModule, LeadsModule, TargetsModule, ReportsModule],
  providers: [
    NotificationLedgerRepository,
    ReminderLeadsRepository,
    ReminderScanService,
    StaffDigestRepository,
    StaffDigestComposer,
    ZoneDigestComposer,
    DigestService,
    DailyListService,
    EscalationSource,
    NotificationsService,
    // 问题台账与督办 (issue 14)
    SupervisionNoticesRepository,
    SupervisionNoticeScanService,
    SupervisionSource,
    ProblemOverdueSource,
  ],
  exports: [
    NotificationLedgerRepository,
    ReminderLeadsRepository,
    ReminderScanService,
    DigestService,
    DailyListService,
    NotificationsService,
    SupervisionNoticeScanService,
  ],
})
export class NotificationsModule {}
