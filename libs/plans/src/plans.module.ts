import { Module } from '@nestjs/common';
import { PlanReportRepository } from './plan-report.repository';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

/** Annual plans (年度计划) and the plan report. */
@Module({ providers: [PlansRepository, PlanReportRepository, PlansService], exports: [PlansService] })
export class PlansModule {}
