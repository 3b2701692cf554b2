import { Module } from '@nestjs/common';
import { UsersModule } from '@luodi/users';
import { ActivityFeedRepository } from './records/activity-feed.repository';
import { LeadExportService } from './excel/lead-export.service';
import { LeadHistoryRepository } from './records/lead-history.repository';
import { LeadImportService } from './excel/lead-import.service';
import { LeadRecordsService } from './records/lead-records.service';
import { LeadTransitionService } from './transitions/lead-transition.service';
import { LeadsRepository } from './repository/leads.repository';
import { LeadsService } from './lead/leads.service';

@Module({
  imports: [UsersModule],
  providers: [
    LeadsRepository,
    LeadHistoryRepository,
    LeadsService,
    LeadTransitionService,
    LeadRecordsService,
    LeadExportService,
    LeadImportService,
    ActivityFeedRepository,
  ],
  exports: [
    ActivityFeedRepository,
    LeadsService,
    LeadTransitionService,
    LeadRecordsService,
    LeadExportService,
    LeadImportService,
  ],
})
export class LeadsModule {}
