import { Module } from '@nestjs/common';
import { UsersModule } from '@luodi/users';
import { ActivityFeedRepository } from './activity-feed.repository';
import { LeadExportService } from './lead-export.service';
import { LeadHistoryRepository } from './lead-history.repository';
import { LeadImportService } from './lead-import.service';
import { LeadRecordsService } from './lead-records.service';
import { LeadTransitionService } from './lead-transition.service';
import { LeadsRepository } from './leads.repository';
import { LeadsService } from './leads.service';

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
