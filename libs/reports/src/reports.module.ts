import { Module } from '@nestjs/common';
import { FunnelRepository } from './funnel.repository';
import { OverdueRepository } from './overdue.repository';
import { BatchesRepository } from './batches.repository';
import { OwnersRepository } from './owners.repository';
import { KpisRepository } from './kpis.repository';
import { SigningsRepository } from './signings.repository';
import { ReportsService } from './reports.service';
import { SummaryFoldRepository } from './summary-fold.repository';

/** The supervisors' reports; the worker's weekly digest imports it too. */
@Module({
  providers: [
    FunnelRepository,
    OverdueRepository,
    BatchesRepository,
    OwnersRepository,
    KpisRepository,
    SigningsRepository,
    ReportsService,
    SummaryFoldRepository,
  ],
  exports: [ReportsService, SummaryFoldRepository],
})
export class ReportsModule {}
