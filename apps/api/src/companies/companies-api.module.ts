import { Module } from '@nestjs/common';
import { CompaniesModule } from '@luodi/companies';
import { ChainLinksController, ChainReportController, ChainsController } from './chains.controller';
import { CompaniesController } from './companies.controller';

/** The HTTP side of 企业库与产业链; the rules live in @luodi/companies. */
@Module({
  imports: [CompaniesModule],
  controllers: [CompaniesController, ChainsController, ChainLinksController, ChainReportController],
})
export class CompaniesApiModule {}
