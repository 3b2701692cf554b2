import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, parseWan, ValidationFailedError, VersionConflictError } from '@luodi/core';
import { isSupervisorOrAdmin, User } from '@luodi/users';
import type { StageCode } from '@luodi/catalog';
import { APPROVAL_KINDS, Lead, LeadTransition } from '../lead/lead';
import { assertMayChange } from '../lead/lead-actor';
import { AuditChanges } from '../audit/audit.repository';
import { LeadChange } from '../fields/lead-field-table';
import { TransitionsRepository } from './transitions.repository';
import { LeadsRepository } from '../repository/leads.repository';
import { LeadsService, yearOf } from '../lead/leads.service';
import {
  countsAsSigned,
  datesClearedBy,
  planTransition,
  STAGE_DATE_FIELD,
  STAGE_DATE_FIELDS,
  StageDateField,
} from '../rules/stage-rules';

export interface TransitionInput {
  to: StageCode;
  date?: string;
  signedAmountWan?: string | number;
  reason?: string;
  version: number;
}

/**
 * Moves a lead between stages. The move is one conditional UPDATE (id, version and stage must still match) in
 * one statement with its history row, its audit entry and, when the year's signed total changes, an outbox
 * row; of concurrent moves of one lead exactly one wins, the others get VERSION_CONFLICT.
 */
@Injectable()
export class LeadTransitionService {
  constructor(
    private readonly leads: LeadsRepository,
    private readonly transitions: TransitionsRepository,
    private readonly leadsService: LeadsService,
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

    const before = this.leadsService.present(row);
    // The stage, its dates and deadline are set by the statement (the deadline from `stages`, read there).
    const change: LeadChange = { inPlanningPool: false };
    const changes: AuditChanges = {
      stage: [from, to],
      stageEnteredAt: [before.stageEnteredAt, plan.date],
    };
    let firstSignedAt = row.first_signed_at;
    if (plan.kind === 'forward') {
      const dateField = (STAGE_DATE_FIELD as Partial<Record<StageCode, StageDateField>>)[to];
      if (dateField) change[dateField] = plan.date;
      if (to === 'signed') {
        firstSignedAt = row.first_signed_at ?? plan.date; // counts once, in the year of the first signing
        change.firstSignedAt = firstSignedAt;
        if (signedAmountWan) {
          change.signedAmountWan = signedAmountWan;
          changes.signedAmountWan = [before.signedAmountWan, signedAmountWan];
        }
      }
    } else if (plan.kind === 'lost') {
      change.lostFromStage = from;
      change.lostReason = reason;
      changes.lostReason = [before.lostReason, reason];
    } else {
      for (const field of datesClearedBy(to)) change[field] = null;
      if (plan.kind === 'reopen') {
        change.lostFromStage = null;
        change.lostReason = null;
        changes.lostReason = [before.lostReason, null];
      }
    }
    for (const field of STAGE_DATE_FIELDS) {
      if (field in change) changes[field] = [before[field], change[field]];
    }
    // One statement (one round trip, one transaction): the update, its history row, its audit entry and, when
    // the year's signed total changes, the outbox row.
    const lead = await this.leads.transitionNow(
      id,
      { version: input.version, stage: from },
      change,
      { id: randomUUID(), to, date: plan.date, byUserId: actor.id, reason },
      {
        userId: actor.id,
        action: 'transition',
        changes: { ...changes, ...(reason ? { reason: [null, reason] } : {}) },
        stageDeadlineBefore: before.stageDeadline,
      },
      countsAsSigned(from) !== countsAsSigned(to) && firstSignedAt ? { year: yearOf(firstSignedAt) } : null,
    );
    if (!lead) throw new VersionConflictError();
    return this.leadsService.present(lead);
  }

  async list(id: string): Promise<LeadTransition[]> {
    await this.leadsService.assertExists(id);
    return this.transitions.list(id);
  }
}
