import { Injectable } from '@nestjs/common';
import { LeadAuditEntry } from '../lead/lead';
import { LeadsService } from '../lead/leads.service';
import { AuditRepository } from './audit.repository';

/** Reads a lead's audit trail (the writes happen in each change's own transaction). */
@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly leadsService: LeadsService,
  ) {}

  async trail(id: string): Promise<LeadAuditEntry[]> {
    await this.leadsService.assertExists(id);
    return this.audit.trail(id);
  }
}
