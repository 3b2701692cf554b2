import { Injectable } from '@nestjs/common';
import {
  Clock,
  dateInZone,
  FieldError,
  NotFoundError,
  Page,
  parseWanAllowZero,
  transactionWithRetry,
  tr,
  ValidationFailedError,
  VersionConflictError,
} from '@luodi/core';
import { User } from '@luodi/users';
import {
  ActivityKind,
  APPROVAL_FIELDS,
  ApprovalKind,
  ApprovalStatus,
  Lead,
  LeadActivity,
  LeadAuditEntry,
  LeadInvestment,
  LeadTransition,
} from '../lead/lead';
import { assertMayChange } from '../lead/lead-actor';
import { LeadHistoryRepository } from './lead-history.repository';
import { LeadsRepository } from '../repository/leads.repository';
import { LeadsService } from '../lead/leads.service';
import { STAGE_NAMES_ZH } from '../excel/lead-sheet-columns';

export interface ApprovalInput {
  status: ApprovalStatus;
  doneAt?: string | null;
  documentNo?: string | null;
  version?: number;
}

export interface ActivityInput {
  kind: ActivityKind;
  occurredAt: string;
  summary: string;
  nextFollowUpAt?: string | null;
}

/** 到位资金 and 投资完成额 are recorded once a project has landed. */
const INVESTING_STAGES = ['landed', 'construction', 'production'];

/** Approvals (立项/环评/土地), activities (洽谈记录), monthly investments, and the read-only histories. */
@Injectable()
export class LeadRecordsService {
  constructor(
    private readonly leads: LeadsRepository,
    private readonly history: LeadHistoryRepository,
    private readonly leadsService: LeadsService,
    private readonly clock: Clock,
  ) {}

  /** Approvals are part of the lead's representation, so a change bumps its version (optionally checked). */
  async setApproval(id: string, kind: ApprovalKind, input: ApprovalInput, actor: User): Promise<Lead> {
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

    await transactionWithRetry(this.leads.db, async (tx) => {
      const next = { status: input.status, doneAt, documentNo: input.documentNo?.trim() || null };
      if (!(await this.leads.updateIfCurrent(tx, id, { version: input.version ?? row.version }, {}))) {
        throw new VersionConflictError();
      }
      const before = await this.history.upsertApproval(tx, id, kind, next);
      const field = `approvals.${APPROVAL_FIELDS[kind]}`;
      const changes: Record<string, [unknown, unknown]> = {};
      for (const key of ['status', 'doneAt', 'documentNo'] as const) {
        if (before[key] !== next[key]) changes[`${field}.${key}`] = [before[key], next[key]];
      }
      await this.history.audit(tx, id, actor.id, 'approval', changes);
    });
    return this.leadsService.get(id);
  }

  async addActivity(id: string, input: ActivityInput, actor: User): Promise<LeadActivity> {
    const row = await this.leadsService.getRow(id);
    assertMayChange(actor, row);
    const occurredAt = new Date(input.occurredAt);
    const next = input.nextFollowUpAt ? new Date(input.nextFollowUpAt) : null;
    const errors: FieldError[] = [];
    if (occurredAt.getTime() > this.clock.now().getTime())
      errors.push({ field: 'occurredAt', message: tr('不能晚于当前时间', 'must not be in the future') });
    if (next && next.getTime() < occurredAt.getTime()) {
      errors.push({
        field: 'nextFollowUpAt',
        message: tr('不能早于洽谈时间（occurredAt）', 'must not be before occurredAt'),
      });
    }
    const summary = input.summary.trim();
    if (!summary) errors.push({ field: 'summary', message: tr('不能为空', 'must not be empty') });
    if (errors.length > 0) throw new ValidationFailedError(errors);

    return transactionWithRetry(this.leads.db, async (tx) => {
      const activity = await this.history.insertActivity(tx, {
        leadId: id,
        kind: input.kind,
        occurredAt: occurredAt.toISOString(),
        summary,
        nextFollowUpAt: next?.toISOString() ?? null,
        byUserId: actor.id,
      });
      await this.leads.touchActivity(tx, id, activity.occurredAt, activity.nextFollowUpAt);
      await this.history.audit(tx, id, actor.id, 'activity', {
        activity: [null, { id: activity.id, kind: activity.kind, occurredAt: activity.occurredAt, summary }],
      });
      return activity;
    });
  }

  async activities(id: string, limit: number, cursor?: string): Promise<Page<LeadActivity>> {
    await this.assertExists(id);
    return this.history.activities(id, limit, cursor);
  }

  /** Investments are not part of the lead's representation, so they do not bump its version. */
  async setInvestment(
    id: string,
    month: string,
    input: { paidInWan: unknown; completedWan: unknown },
    actor: User,
  ): Promise<LeadInvestment[]> {
    const row = await this.leadsService.getRow(id);
    assertMayChange(actor, row);
    const errors: FieldError[] = [];
    const paid = parseWanAllowZero(input.paidInWan);
    const completed = parseWanAllowZero(input.completedWan);
    if ('error' in paid) errors.push({ field: 'paidInWan', message: paid.error });
    if ('error' in completed) errors.push({ field: 'completedWan', message: completed.error });
    if (month > dateInZone(this.clock.now(), this.clock.timeZone).slice(0, 7)) {
      errors.push({ field: 'month', message: tr('不能晚于本月', 'must not be in the future') });
    }
    if (!INVESTING_STAGES.includes(row.stage)) {
      errors.push({
        field: 'month',
        message: tr(
          `项目落地后才能填报投资（当前阶段：${STAGE_NAMES_ZH[row.stage]}）`,
          `investments are recorded for leads at landed or later (this one is at ${row.stage})`,
        ),
      });
    }
    if (errors.length > 0 || 'error' in paid || 'error' in completed) throw new ValidationFailedError(errors);

    await transactionWithRetry(this.leads.db, async (tx) => {
      const v = { paidInWan: paid.value, completedWan: completed.value };
      const before = await this.history.upsertInvestment(tx, id, month, v);
      await this.history.audit(tx, id, actor.id, 'investment', {
        [`investments.${month}.paidInWan`]: [before?.paidInWan ?? null, v.paidInWan],
        [`investments.${month}.completedWan`]: [before?.completedWan ?? null, v.completedWan],
      });
    });
    return this.history.investments(id);
  }

  async investments(id: string): Promise<LeadInvestment[]> {
    await this.assertExists(id);
    return this.history.investments(id);
  }

  async transitions(id: string): Promise<LeadTransition[]> {
    await this.assertExists(id);
    return this.history.transitions(id);
  }

  async audit(id: string): Promise<LeadAuditEntry[]> {
    await this.assertExists(id);
    return this.history.auditTrail(id);
  }

  private async assertExists(id: string): Promise<void> {
    if (!(await this.leads.findById(id))) throw new NotFoundError('该项目', 'Lead');
  }
}
