import { Injectable } from '@nestjs/common';
import {
  Clock,
  FieldError,
  isUniqueViolation,
  NotFoundError,
  OutboxTopic,
  Page,
  Queryable,
  TransactionRunner,
  tr,
  ValidationFailedError,
  VersionConflictError,
  writeOutbox,
} from '@luodi/core';
import { User, UsersService } from '@luodi/users';
import { Lead, LeadCounts, LeadListFilter, NewLead, Warning } from './lead';
import { assertMayChange, assertSupervisorFields } from './lead-actor';
import { parseNewLeadFields } from '../fields/lead-fields';
import { AuditChanges } from '../audit/audit.repository';
import { LeadRow, toLead } from '../repository/lead-row';
import { DuplicateLeadError } from './leads.errors';
import { LeadsRepository } from '../repository/leads.repository';
import { LeadChange, PATCHABLE_FIELDS } from '../fields/lead-field-table';
import { countsAsSigned } from '../rules/stage-rules';
import { STAGE_NAMES_ZH } from '@luodi/catalog';
import { companyLinkOf, SimilarCompaniesQuery, SimilarCompanyName } from '../fields/lead-company-link';

export interface CreateLeadInput extends Record<string, unknown> {
  ownerId?: string;
  leaderId?: string;
}

/** A PATCH: each present key is a change; null clears an optional field. */
export type LeadPatch = Record<string, unknown> & { version: number };

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The year of a `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return parseInt(date.slice(0, 4), 10);
}

@Injectable()
export class LeadsService {
  constructor(
    private readonly leads: LeadsRepository,
    private readonly users: UsersService,
    private readonly transaction: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  present(row: LeadRow): Lead {
    return toLead(row, this.clock.now(), this.clock.today());
  }

  async get(id: string): Promise<Lead> {
    return this.present(await this.getRow(id));
  }

  async getRow(id: string, tx?: Queryable): Promise<LeadRow> {
    const row = await this.leads.findById(id, tx);
    if (!row) throw new NotFoundError('该项目', 'Lead');
    return row;
  }

  async assertExists(id: string): Promise<void> {
    await this.getOwner(id);
  }

  /** The lead's owner, for the permission check of a write that needs nothing else of the lead (a narrow read). */
  async getOwner(id: string): Promise<{ owner_id: string }> {
    const row = await this.leads.findOwner(id);
    if (!row) throw new NotFoundError('该项目', 'Lead');
    return row;
  }

  async list(filter: LeadListFilter, limit: number, cursor?: string): Promise<Page<Lead>> {
    const page = await this.leads.list(filter, limit, cursor, this.clock.now(), this.clock.today());
    return { items: page.items.map((r) => this.present(r)), nextCursor: page.nextCursor };
  }

  /** Open leads by 三色预警 colour, now (the same rule as the `warning` filter of the lead list). */
  async countByWarning(): Promise<Record<Warning, number>> {
    const { red, yellow, green } = await this.counts({});
    return { red, yellow, green };
  }

  counts(filter: Omit<LeadListFilter, 'sort'>): Promise<LeadCounts> {
    return this.leads.counts(filter, this.clock.now(), this.clock.today());
  }

  names(ids: string[]): Promise<{ id: string; companyName: string; projectName: string; stage: string }[]> {
    return this.leads.leadNames(ids);
  }

  /** Creates a lead with its pending approvals and its audit entry, in one statement. */
  async create(input: CreateLeadInput, actor: User): Promise<Lead> {
    return (await this.createNamingSimilar(input, actor)).lead;
  }

  /**
   * `create`, and with `similar` the same statement also names the companies whose names look like the lead's
   * firm (`POST /leads`: one round trip for both).
   */
  async createNamingSimilar(
    input: CreateLeadInput,
    actor: User,
    similar?: SimilarCompaniesQuery,
  ): Promise<{ lead: Lead; similarCompanies: SimilarCompanyName[] }> {
    const { value, errors } = parseNewLeadFields(input);
    assertSupervisorFields(
      actor,
      ['ownerId', 'leaderId'].filter((f) => input[f] !== undefined && input[f] !== null),
    );
    errors.push(...(await this.checkPeople(input.ownerId, input.leaderId)));
    if (!value || errors.length > 0) throw new ValidationFailedError(errors);
    const lead: NewLead = {
      ...value,
      ownerId: input.ownerId ?? actor.id,
      leaderId: input.leaderId ?? null,
      ...companyLinkOf(input), // companies (issue 15)
    };
    try {
      // One statement: the lead, its pending approvals and its audit entry, returning the representation.
      const { row, similarCompanies } = await this.leads.createOne(
        lead,
        this.clock.today(),
        this.clock.now(),
        { userId: actor.id, action: 'created', changes: creationChanges(lead) },
        similar,
      );
      return { lead: this.present(row), similarCompanies };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      throw new DuplicateLeadError(
        await this.leads.findOpenDuplicateId(lead.companyName, lead.projectName, lead.creditCode),
      );
    }
  }

  /** `ownerId` must be an active user and `leaderId` an active supervisor (else 400 naming the field). */
  async checkPeople(ownerId: unknown, leaderId: unknown): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (typeof ownerId === 'string' && !(await this.users.findActive(ownerId))) {
      errors.push({ field: 'ownerId', message: tr('须为已启用的用户', 'must be an active user') });
    }
    if (typeof leaderId === 'string') {
      const leader = await this.users.findActive(leaderId);
      if (leader?.role !== 'supervisor')
        errors.push({
          field: 'leaderId',
          message: tr('须为已启用的分管领导', 'must be an active supervisor'),
        });
    }
    return errors;
  }

  async update(id: string, patch: LeadPatch, actor: User): Promise<Lead> {
    const row = await this.getRow(id);
    assertMayChange(actor, row);
    assertSupervisorFields(
      actor,
      ['ownerId', 'leaderId', 'stageDeadline'].filter((f) => patch[f] !== undefined),
    );
    const errors = await this.checkPeople(patch.ownerId, patch.leaderId);
    if (patch.signedAmountWan !== undefined && row.stage !== 'lead') {
      errors.push({
        field: 'signedAmountWan',
        message: tr(
          '签约或终止后只能通过阶段变更修改',
          'changes only by a stage transition once the lead is signed or closed',
        ),
      });
    }
    if (patch.stageDeadline !== undefined && (row.stage === 'production' || row.stage === 'lost')) {
      errors.push({
        field: 'stageDeadline',
        message: tr(
          `${STAGE_NAMES_ZH[row.stage]}阶段的项目没有阶段期限`,
          `a lead at ${row.stage} has no stage deadline`,
        ),
      });
    }
    if (
      patch.pool !== undefined &&
      (row.stage !== 'lead' || !['planning', 'attraction'].includes(patch.pool as string))
    ) {
      errors.push({
        field: 'pool',
        message: tr(
          '只有洽谈阶段的项目可以在策划包装库（planning）和招引落地库（attraction）之间调整',
          'only a lead at stage lead moves between planning and attraction',
        ),
      });
    }
    if (errors.length > 0) throw new ValidationFailedError(errors);
    if (patch.version !== row.version) throw new VersionConflictError(row.version);

    const current = this.present(row);
    const change: LeadChange = {};
    const changes: AuditChanges = {};
    for (const { field, normalise } of PATCHABLE_FIELDS) {
      if (patch[field] === undefined) continue;
      const next = normalise ? normalise(patch[field], field) : patch[field];
      const before = (current as unknown as Record<string, unknown>)[field];
      if (sameValue(before, next)) continue;
      change[field] = next;
      changes[field] = [before, next];
    }
    if (patch.pool !== undefined && (patch.pool === 'planning') !== row.in_planning_pool) {
      change.inPlanningPool = patch.pool === 'planning';
      changes.pool = [current.pool, patch.pool];
    }
    if (Object.keys(change).length === 0) return current;

    // The year's totals break down by track, park and owner: moving a counted lead between them changes them.
    const regrouped = ['track', 'park', 'ownerId'].some((f) => f in change);
    const signedYear = regrouped && countsAsSigned(row.stage) ? row.first_signed_at : null;
    const audit = { userId: actor.id, action: 'updated', changes };
    try {
      let updated: LeadRow | null;
      if (signedYear) {
        updated = await this.transaction.run(async (tx) => {
          const lead = await this.leads.update(tx, id, { version: patch.version }, change, audit);
          if (lead) await writeOutbox(tx, OutboxTopic.TargetsRecompute, { year: yearOf(signedYear) });
          return lead;
        });
        // Committed: wake the worker (outside the transaction, see notifyOutbox).
        if (updated) await this.leads.notifyOutbox(OutboxTopic.TargetsRecompute);
      } else {
        // The common case in one round trip: the update, its audit entry and the new representation.
        updated = await this.leads.updateNow(id, { version: patch.version }, change, audit);
      }
      if (!updated) throw new VersionConflictError();
      return this.present(updated);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const company = (change.companyName as string | undefined) ?? row.company_name;
      const project = (change.projectName as string | undefined) ?? row.project_name;
      const code = change.creditCode !== undefined ? (change.creditCode as string | null) : row.credit_code;
      throw new DuplicateLeadError(await this.leads.findOpenDuplicateId(company, project, code));
    }
  }
}

/** The audit entry of a creation: every field set, from null. */
export function creationChanges(lead: NewLead): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(lead)) if (v !== null && v !== false) changes[k] = [null, v];
  return changes;
}
