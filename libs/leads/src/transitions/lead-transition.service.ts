import { Injectable } from '@nestjs/common';
import {
  Clock,
  OutboxTopic,
  parseWan,
  TransactionRunner,
  ValidationFailedError,
  VersionConflictError,
  writeOutbox,
} from '@luodi/core';
import { isSupervisorOrAdmin, User } from '@luodi/users';
import type { StageCode } from '@luodi/catalog';
import { APPROVAL_KINDS, Lead, LeadTransition } from '../lead/lead';
import { assertMayChange } from '../lead/lead-actor';
import { AuditRepository } from '../audit/audit.repository';
import { TransitionsRepository } from './transitions.repository';
import { LeadsRepository } from '../repository/leads.repository';
import { LeadsService, yearOf } from '../lead/leads.service';
import {
  countsAsSigned,
  datesClearedBy,
  planTransition,
  STAGE_DATE_COLUMN,
  stageDeadline,
} from '../rules/stage-rules';

/** Stage date columns and their names in the representation, for the audit entry. */
const DATE_FIELDS: Record<string, string> = {
  signed_at: 'signedAt',
  landed_at: 'landedAt',
  construction_started_at: 'constructionStartedAt',
  production_started_at: 'productionStartedAt',
};

export interface TransitionInput {
  to: StageCode;
  date?: string;
  signedAmountWan?: string | number;
  reason?: string;
  version: number;
}

/**
 * Moves a lead between stages. The move is one conditional UPDATE (id, version and stage must still match) in
 * one transaction with its history row, its audit entry and, when the year's signed total changes, an outbox
 * row; of concurrent moves of one lead exactly one wins, the others get VERSION_CONFLICT.
 */
@Injectable()
export class LeadTransitionService {
  constructor(
    private readonly leads: LeadsRepository,
    private readonly transitions: TransitionsRepository,
    private readonly audit: AuditRepository,
    private readonly leadsService: LeadsService,
    private readonly transaction: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async transition(id: string, input: TransitionInput, actor: User): Promise<Lead> {
    const row = await this.leadsService.getRow(id);
    assertMayChange(actor, row);
    let signedAmountWan: string | undefined;
    if (input.signedAmountWan !== undefined) {
      const parsed = parseWan(input.signedAmountWan);
      if ('error' in parsed)
        throw new ValidationFailedError([{ field: 'signedAmountWan', message: parsed.error }]);
      signedAmountWan = parsed.value;
    }
    if (input.version !== row.version) throw new VersionConflictError(row.version);

    const from = row.stage;
    const to = input.to;
    const approvals = Object.fromEntries(
      APPROVAL_KINDS.map((k) => [k, row.approvals?.[k]?.status ?? 'pending']),
    );
    const plan = planTransition(
      {
        stage: from,
        stageEnteredAt: row.stage_entered_at,
        lostFromStage: row.lost_from_stage,
        signedAmountWan: row.signed_amount_wan,
        approvals: approvals as never,
      },
      { to, date: input.date, signedAmountWan, reason: input.reason },
      { isSupervisor: isSupervisorOrAdmin(actor.role), today: this.clock.today() },
    );
    const reason = input.reason?.trim() || null;

    await this.transaction.run(async (tx) => {
      const transitionId = await this.transitions.insert(tx, {
        leadId: id,
        from,
        to,
        date: plan.date,
        byUserId: actor.id,
        reason,
      });
      const set: Record<string, unknown> = {
        stage: to,
        stage_entry_id: transitionId,
        stage_entered_at: plan.date,
        stage_deadline: stageDeadline(
          plan.date,
          to === 'lost' ? null : await this.leads.stageDeadlineDays(tx, to),
        ),
        in_planning_pool: false,
      };
      const changes: Record<string, [unknown, unknown]> = {
        stage: [from, to],
        stageEnteredAt: [row.stage_entered_at, plan.date],
        stageDeadline: [row.stage_deadline, set.stage_deadline],
      };
      let firstSignedAt = row.first_signed_at;
      if (plan.kind === 'forward') {
        set[STAGE_DATE_COLUMN[to]!] = plan.date;
        if (to === 'signed') {
          firstSignedAt = row.first_signed_at ?? plan.date; // counts once, in the year of the first signing
          set.first_signed_at = firstSignedAt;
          if (signedAmountWan) {
            set.signed_amount_wan = signedAmountWan;
            changes.signedAmountWan = [row.signed_amount_wan, signedAmountWan];
          }
        }
      } else if (plan.kind === 'lost') {
        set.lost_from_stage = from;
        set.lost_reason = reason;
        changes.lostReason = [row.lost_reason, reason];
      } else {
        for (const column of datesClearedBy(to)) set[column] = null;
        if (plan.kind === 'reopen') {
          set.lost_from_stage = null;
          set.lost_reason = null;
          changes.lostReason = [row.lost_reason, null];
        }
      }
      for (const [column, field] of Object.entries(DATE_FIELDS)) {
        if (column in set) changes[field] = [row[column as keyof typeof row] ?? null, set[column]];
      }
      if (!(await this.leads.updateIfCurrent(tx, id, { version: input.version, stage: from }, set))) {
        throw new VersionConflictError();
      }
      await this.audit.record(tx, id, actor.id, 'transition', {
        ...changes,
        ...(reason ? { reason: [null, reason] } : {}),
      });
      if (countsAsSigned(from) !== countsAsSigned(to) && firstSignedAt) {
        await writeOutbox(tx, OutboxTopic.TargetsRecompute, { year: yearOf(firstSignedAt) });
      }
    });
    return this.leadsService.get(id);
  }

  async list(id: string): Promise<LeadTransition[]> {
    await this.leadsService.assertExists(id);
    return this.transitions.list(id);
  }
}
