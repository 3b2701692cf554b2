import { Injectable } from '@nestjs/common';
import {
  Clock,
  FieldError,
  TransactionRunner,
  tr,
  ValidationFailedError,
  VersionConflictError,
} from '@luodi/core';
import { User } from '@luodi/users';
import { APPROVAL_FIELDS, ApprovalKind, ApprovalStatus, Lead } from '../lead/lead';
import { assertMayChange } from '../lead/lead-actor';
import { LeadsService } from '../lead/leads.service';
import { LeadsRepository } from '../repository/leads.repository';
import { AuditChanges, AuditRepository } from '../audit/audit.repository';
import { ApprovalsRepository } from './approvals.repository';

export interface ApprovalInput {
  status: ApprovalStatus;
  doneAt?: string | null;
  documentNo?: string | null;
  version?: number;
}

/** Approvals (立项/环评/土地). */
@Injectable()
export class ApprovalsService {
  constructor(
    private readonly leads: LeadsRepository,
    private readonly approvals: ApprovalsRepository,
    private readonly audit: AuditRepository,
    private readonly leadsService: LeadsService,
    private readonly transaction: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Approvals are part of the lead's representation, so a change bumps its version (optionally checked). */
  async set(id: string, kind: ApprovalKind, input: ApprovalInput, actor: User): Promise<Lead> {
    const row = await this.leadsService.getRow(id);
    assertMayChange(actor, row);
    const today = this.clock.today();
    const errors: FieldError[] = [];
    let doneAt: string | null = null;
    if (input.status === 'done') {
      doneAt = input.doneAt ?? today;
      if (doneAt > today)
        errors.push({ field: 'doneAt', message: tr('不能晚于今天', 'must not be in the future') });
    } else if (input.doneAt) {
      errors.push({
        field: 'doneAt',
        message: tr('状态为已完成（done）时才能填写', 'is set only when the status is done'),
      });
    }
    if (errors.length > 0) throw new ValidationFailedError(errors);
    if (input.version !== undefined && input.version !== row.version)
      throw new VersionConflictError(row.version);

    await this.transaction.run(async (tx) => {
      const next = { status: input.status, doneAt, documentNo: input.documentNo?.trim() || null };
      if (!(await this.leads.bumpVersion(tx, id, input.version ?? row.version))) {
        throw new VersionConflictError();
      }
      const before = await this.approvals.upsert(tx, id, kind, next);
      const field = `approvals.${APPROVAL_FIELDS[kind]}`;
      const changes: AuditChanges = {};
      for (const key of ['status', 'doneAt', 'documentNo'] as const) {
        if (before[key] !== next[key]) changes[`${field}.${key}`] = [before[key], next[key]];
      }
      await this.audit.record(tx, id, actor.id, 'approval', changes);
    });
    return this.leadsService.get(id);
  }
}
