import { Module } from '@nestjs/common';
import { PlansModule } from '@luodi/plans';
import { ReportsModule } from '@luodi/reports';
import { PlansController } from './plans.controller';
import { ResultsController } from './results.controller';
import { BatchEventsController } from './batch-events.controller';
import { PlanSheetController } from './plan-sheet.controller';

/** The HTTP side of annual plans; the rules live in @luodi/plans. */
@Module({
  imports: [PlansModule, ReportsModule],
  controllers: [PlanSheetController, PlansController, ResultsController, BatchEventsController],
})
export class PlansApiModule {}
