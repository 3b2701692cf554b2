import { Module } from '@nestjs/common';
import { TargetsModule } from '@luodi/targets';
import { PlanReportRepository } from './plan-report.repository';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';
import { ResultsRepository } from './results/results.repository';
import { ResultsService } from './results/results.service';
import { BatchEventsRepository } from './batch-events/batch-events.repository';
import { BatchEventsService } from './batch-events/batch-events.service';
import { PlansExcelService } from './excel/plans-excel.service';

/** Annual plans (年度计划), the plan report, 三个一批 events and results after production (投产达效). */
@Module({
  imports: [TargetsModule],
  providers: [
    PlansRepository,
    PlanReportRepository,
    PlansService,
    ResultsRepository,
    ResultsService,
    BatchEventsRepository,
    BatchEventsService,
    PlansExcelService,
  ],
  exports: [PlansService, ResultsService, BatchEventsService, PlansExcelService],
})
export class PlansModule {}
