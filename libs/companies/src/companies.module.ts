import { Module } from '@nestjs/common';
import { LeadsModule } from '@luodi/leads';
import { ChainsRepository } from './chains.repository';
import { ChainsService } from './chains.service';
import { CompaniesRepository } from './companies.repository';
import { CompaniesService } from './companies.service';
import { CompanyLeadsService } from './company-leads.service';
import { CompanySheetService } from './company-sheet.service';

/** 企业库与产业链: companies, their leads, chains and the chain report. */
@Module({
  imports: [LeadsModule],
  providers: [
    CompaniesRepository,
    CompaniesService,
    CompanyLeadsService,
    CompanySheetService,
    ChainsRepository,
    ChainsService,
  ],
  exports: [CompaniesService, CompanyLeadsService, CompanySheetService, ChainsService],
})
export class CompaniesModule {}
