import { Module } from '@nestjs/common';
import { DepartmentsRepository } from './departments.repository';
import { DepartmentsService } from './departments.service';
import { ProblemAuditRepository } from './problem-audit.repository';
import { ProblemsRepository } from './problems.repository';
import { ProblemsService } from './problems.service';
import { SupervisionsRepository } from './supervisions.repository';
import { SupervisionsService } from './supervisions.service';
import { WarningSettingsService } from './warning/warning-settings.service';
import { ProblemReportsRepository } from './reports/problem-reports.repository';
import { ProblemReportsService } from './reports/problem-reports.service';

/** 问题台账与督办 and the 预警配置. */
@Module({
  providers: [
    DepartmentsRepository,
    DepartmentsService,
    ProblemAuditRepository,
    ProblemsRepository,
    ProblemsService,
    SupervisionsRepository,
    SupervisionsService,
    WarningSettingsService,
    ProblemReportsRepository,
    ProblemReportsService,
  ],
  exports: [
    DepartmentsService,
    ProblemsService,
    SupervisionsService,
    WarningSettingsService,
    ProblemReportsService,
  ],
})
export class ProblemsModule {}
