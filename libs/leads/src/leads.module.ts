import { Module } from '@nestjs/common';
import { CatalogModule } from '@luodi/catalog';
import { UsersModule } from '@luodi/users';
import { ActivitiesRepository } from './activities/activities.repository';
import { ActivitiesService } from './activities/activities.service';
import { ActivityFeedRepository } from './activities/activity-feed.repository';
import { ApprovalsRepository } from './approvals/approvals.repository';
import { ApprovalsService } from './approvals/approvals.service';
import { AuditRepository } from './audit/audit.repository';
import { AuditService } from './audit/audit.service';
import { LeadExportService } from './excel/lead-export.service';
import { LeadImportService } from './excel/lead-import.service';
import { InvestmentsRepository } from './investments/investments.repository';
import { InvestmentsService } from './investments/investments.service';
import { LeadsService } from './lead/leads.service';
import { LeadsRepository } from './repository/leads.repository';
import { LeadTransitionService } from './transitions/lead-transition.service';
import { TransitionsRepository } from './transitions/transitions.repository';

@Module({
  imports: [UsersModule, CatalogModule],
  providers: [
    LeadsRepository,
    ApprovalsRepository,
    ActivitiesRepository,
    InvestmentsRepository,
    TransitionsRepository,
    AuditRepository,
    ActivityFeedRepository,
    LeadsService,
    LeadTransitionService,
    ApprovalsService,
    ActivitiesService,
    InvestmentsService,
    AuditService,
    LeadExportService,
    LeadImportService,
  ],
  exports: [
    ActivityFeedRepository,
    LeadsService,
    LeadTransitionService,
    ApprovalsService,
    ActivitiesService,
    InvestmentsService,
    AuditService,
    LeadExportService,
    LeadImportService,
  ],
})
export class LeadsModule {}
