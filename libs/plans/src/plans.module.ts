import { Module } from '@nestjs/common';
import { TargetsModule } from '@luodi/targets';
import { PlanReportRepository } from './plan-report.repository';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';
import { ResultsRepository } from './results/results.repository';
import { ResultsService } from './results/results.service';

/** Annual plans (年度计划), the plan report, and results after production (投产达效). */
@Module({
  imports: [TargetsModule],
  providers: [PlansRepository, PlanReportRepository, PlansService, ResultsRepository, ResultsService],
  exports: [PlansService, ResultsService],
})
export class PlansModule {}
