import { Module } from '@nestjs/common';
import { TargetsRepository } from './targets.repository';
import { TargetTotalsRepository } from './target-totals.repository';
import { TargetsService } from './targets.service';

/** Targets and their computed totals; the worker imports it to recompute totals after signings. */
@Module({ providers: [TargetsRepository, TargetTotalsRepository, TargetsService], exports: [TargetsService] })
export class TargetsModule {}
