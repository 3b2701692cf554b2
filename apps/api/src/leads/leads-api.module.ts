import { Module } from '@nestjs/common';
import { LeadsModule } from '@luodi/leads';
import { LeadRecordsController } from './lead-records.controller';
import { LeadsController } from './leads.controller';

/** The HTTP side of leads; the rules live in @luodi/leads. */
@Module({ imports: [LeadsModule], controllers: [LeadsController, LeadRecordsController] })
export class LeadsApiModule {}
