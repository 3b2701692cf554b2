import { Module } from '@nestjs/common';
import { UsersModule } from '@luodi/users';
import { TargetsRepository } from './targets.repository';
import { TargetTotalsRepository } from './target-totals.repository';
import { TargetsService } from './targets.service';

/** Targets and their computed totals; the worker imports it to recompute totals after signings. */
@Module({
  imports: [UsersModule],
  providers: [TargetsRepository, TargetTotalsRepository, TargetsService],
  exports: [TargetsService],
})
export class TargetsModule {}
