import { Injectable } from '@nestjs/common';
import {
  Clock,
  NotFoundError,
  Page,
  tr,
  ValidationFailedError,
  VersionConflictError,
  transactionWithRetry,
} from '@luodi/core';
import { User } from '@luodi/users';
import { DepartmentsService } from './departments.service';
import { HistoryEntry, Problem, ProblemCategory, ProblemFilter, ProblemUpdate } from './problem';
import { AuditEntry, ProblemAuditRepository } from './problem-audit.repository';
import {
  assertMayChangeProblem,
  assertMayRaiseProblem,
  planProblemChange,
  ProblemPatch,
} from './problem-rules';
import { ProblemRow, ProblemsRepository, toProblem } from './problems.repository';

export interface NewProblem {
  category: ProblemCategory;
  description: string;
  departmentId: string;
  assigneeId?: string | null;
  dueDate: string;
}

const leadNotFound = () => new NotFoundError('该项目', 'Lead');
const problemNotFound = () => new NotFoundError('该问题', 'Problem');

/**
 * 问题台账: raise a problem on a lead, change it (each change one conditional update with its history row and audit
 * entry), 反馈 in order. Who may: staff on their own leads, the assignee, supervisors and admins.
 */
@Injectable()
export class ProblemsService {
  constructor(
    private readonly problems: ProblemsRepository,
    private readonly audit: ProblemAuditRepository,
    private readonly departments: DepartmentsService,
    private readonly clock: Clock,
  ) {}

  async raise(leadId: string, input: NewProblem, actor: User): Promise<Problem> {
    const owner = await this.problems.leadOwner(leadId);
    if (owner === null) throw leadNotFound();
    assertMayRaiseProblem(actor, owner);
    const today = this.clock.today();
    const errors = [];
    if (input.dueDate < today)
      errors.push({ field: 'dueDate', message: tr('办结时限不能早于今天', 'must not be before today') });
    if (input.assigneeId && !(await this.problems.activeUsers([input.assigneeId])).has(input.assigneeId))
      errors.push({ field: 'assigneeId', message: tr('没有这个启用的用户', 'is not an active user') });
    if (errors.length) throw new ValidationFailedError(errors);
    await this.departments.assertUsable(input.departmentId);
    const row = await transactionWithRetry(this.problems.db, async (tx) => {
      const created = await this.problems.insert(tx, {
        leadId,
        category: input.category,
        description: input.description,
        departmentId: input.departmentId,
        assigneeId: input.assigneeId ?? null,
        dueDate: input.dueDate,
        createdBy: actor.id,
        now: this.clock.now(),
      });
      await this.audit.record(tx, {
        entity: 'problem',
        entityId: created.id,
        leadId,
        userId: actor.id,
        action: 'create',
        changes: {
          category: [null, created.category],
          description: [null, created.description],
          departmentId: [null, created.departmentId],
          assigneeId: [null, created.assigneeId],
          dueDate: [null, created.dueDate],
          status: [null, created.status],
        },
        statusChange: { from: null, to: created.status },
      });
      return created;
    });
    return toProblem(row, today);
  }

  async get(id: string): Promise<Problem> {
    return toProblem(await this.row(id), this.clock.today());
  }

  async list(filter: ProblemFilter, limit: number, cursor?: string): Promise<Page<Problem>> {
    const today = this.clock.today();
    const page = await this.problems.list(filter, limit, today, cursor);
    return { items: page.items.map((r) => toProblem(r, today)), nextCursor: page.nextCursor };
  }

  async listOfLead(leadId: string, limit: number, cursor?: string): Promise<Page<Problem>> {
    if ((await this.problems.leadOwner(leadId)) === null) throw leadNotFound();
    return this.list({ leadId }, limit, cursor);
  }

  async change(id: string, patch: ProblemPatch & { version: number }, actor: User): Promise<Problem> {
    const current = await this.row(id);
    const owner = (await this.problems.leadOwner(current.leadId))!;
    assertMayChangeProblem(actor, current, owner);
    if (patch.version !== current.version) throw new VersionConflictError(current.version);
    const today = this.clock.today();
    const plan = planProblemChange(current, patch, today);
    if (patch.assigneeId && plan.next.assigneeId !== undefined) {
      if (!(await this.problems.activeUsers([patch.assigneeId])).has(patch.assigneeId))
        throw new ValidationFailedError([
          { field: 'assigneeId', message: tr('没有这个启用的用户', 'is not an active user') },
        ]);
    }
    if (plan.next.departmentId !== undefined) await this.departments.assertUsable(plan.next.departmentId);
    if (Object.keys(plan.next).length === 0) return toProblem(current, today);
    const now = this.clock.now();
    const resolvedAt = !plan.statusChange
      ? null
      : plan.statusChange.to === 'resolved'
        ? { set: now }
        : plan.statusChange.from === 'resolved'
          ? ({ clear: true } as const)
          : null;
    const row = await transactionWithRetry(this.problems.db, async (tx) => {
      const updated = await this.problems.updateIfCurrent(
        tx,
        id,
        current.version,
        plan.next,
        resolvedAt,
        now,
      );
      if (!updated) throw new VersionConflictError();
      await this.audit.record(tx, {
        entity: 'problem',
        entityId: id,
        leadId: current.leadId,
        userId: actor.id,
        action: plan.statusChange ? 'transition' : 'update',
        changes: plan.changes,
        statusChange: plan.statusChange,
      });
      return updated;
    });
    return toProblem(row, today);
  }

  async addUpdate(id: string, text: string, actor: User): Promise<ProblemUpdate> {
    const current = await this.row(id);
    assertMayChangeProblem(actor, current, (await this.problems.leadOwner(current.leadId))!);
    return transactionWithRetry(this.problems.db, async (tx) => {
      const update = await this.problems.insertUpdate(tx, {
        problemId: id,
        byUserId: actor.id,
        text,
        now: this.clock.now(),
      });
      await this.audit.record(tx, {
        entity: 'problem',
        entityId: id,
        leadId: current.leadId,
        userId: actor.id,
        action: 'feedback',
        changes: { update: [null, text] },
      });
      return update;
    });
  }

  async updates(id: string): Promise<ProblemUpdate[]> {
    await this.row(id);
    return this.problems.updates(id);
  }

  async history(id: string): Promise<{ history: HistoryEntry[]; audit: AuditEntry[] }> {
    await this.row(id);
    return { history: await this.audit.history('problem', id), audit: await this.audit.audit('problem', id) };
  }

  private async row(id: string): Promise<ProblemRow> {
    const row = await this.problems.find(id);
    if (!row) throw problemNotFound();
    return row;
  }
}
