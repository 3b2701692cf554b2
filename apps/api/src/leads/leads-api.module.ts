import { Module } from '@nestjs/common';
import { LeadsModule } from '@luodi/leads';
import { CompaniesModule } from '@luodi/companies';
import { LeadLookupsController } from './lead-lookups.controller';
import { LeadRecordsController } from './lead-records.controller';
import { LeadsController } from './leads.controller';

/** The HTTP side of leads; the rules live in @luodi/leads. */
@Module({
  imports: [LeadsModule, CompaniesModule],
  controllers: [LeadsController, LeadRecordsController, LeadLookupsController],
})
export class LeadsApiModule {}
