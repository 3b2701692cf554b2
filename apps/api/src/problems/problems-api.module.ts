import { Module } from '@nestjs/common';
import { ProblemsModule } from '@luodi/problems';
import { DepartmentsController } from './departments.controller';
import { ProblemReportsController } from './problem-reports.controller';
import { ProblemsController } from './problems.controller';
import { SupervisionsController } from './supervisions.controller';

/** The HTTP side of 问题台账与督办; the rules live in @luodi/problems. */
@Module({
  imports: [ProblemsModule],
  controllers: [DepartmentsController, ProblemsController, SupervisionsController, ProblemReportsController],
})
export class ProblemsApiModule {}
