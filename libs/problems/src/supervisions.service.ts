import { Injectable } from '@nestjs/common';
import {
  Clock,
  FieldError,
  NotFoundError,
  Page,
  tr,
  transactionWithRetry,
  ValidationFailedError,
  VersionConflictError,
} from '@luodi/core';
import { User } from '@luodi/users';
import { HistoryEntry, SupervisionFilter, SupervisionOrder } from './problem';
import { ProblemAuditRepository } from './problem-audit.repository';
import { ProblemsRepository } from './problems.repository';
import { planSupervision, SupervisionAction } from './supervision-rules';
import { OrderRow, SupervisionsRepository, toOrder } from './supervisions.repository';

export interface NewSupervision {
  leadId: string;
  problemId?: string | null;
  instruction: string;
  assigneeIds: string[];
  dueDate: string;
}

interface ActionInput {
  version?: number;
  text?: string;
  done?: boolean;
  reason?: string;
}

const ORDER_ACTION_ZH: Record<SupervisionAction, string> = {
  acknowledge: '签收',
  report: '反馈',
  close: '办结',
  return: '退回',
};

/**
 * 督办: a supervisor issues an instruction on a lead (or one of its problems) to assignees with a deadline; they
 * acknowledge and report; the issuer (or an admin) closes it or returns it. Every action is one conditional update
 * of the order (its version) with a history row and an audit entry, in one transaction.
 */
@Injectable()
export class SupervisionsService {
  constructor(
    private readonly orders: SupervisionsRepository,
    private readonly problems: ProblemsRepository,
    private readonly audit: ProblemAuditRepository,
    private readonly clock: Clock,
  ) {}

  async issue(input: NewSupervision, actor: User): Promise<SupervisionOrder> {
    if ((await this.problems.leadOwner(input.leadId)) === null) throw new NotFoundError('该项目', 'Lead');
    const errors: FieldError[] = [];
    const problemId = input.problemId ?? null;
    if (problemId !== null) {
      const leadOfProblem = await this.orders.leadOfProblem(problemId);
      if (leadOfProblem !== input.leadId)
        errors.push({
          field: 'problemId',
          message: leadOfProblem
            ? tr('该问题不属于这个项目', 'belongs to another lead')
            : tr('没有这个问题', 'is not a known problem'),
        });
    }
    const assigneeIds = input.assigneeIds.map((id) => id.toLowerCase());
    if (new Set(assigneeIds).size !== assigneeIds.length)
      errors.push({ field: 'assigneeIds', message: tr('承办人不能重复', 'must not repeat a user') });
    const active = await this.problems.activeUsers(assigneeIds);
    assigneeIds.forEach((id, i) => {
      if (!active.has(id))
        errors.push({
          field: `assigneeIds[${i}]`,
          message: tr('没有这个启用的用户', 'is not an active user'),
        });
    });
    if (input.dueDate < this.clock.today())
      errors.push({ field: 'dueDate', message: tr('办理时限不能早于今天', 'must not be before today') });
    if (errors.length) throw new ValidationFailedError(errors);

    const id = await transactionWithRetry(this.orders.db, async (tx) => {
      const created = await this.orders.insert(tx, {
        leadId: input.leadId,
        problemId,
        instruction: input.instruction,
        issuedBy: actor.id,
        assigneeIds,
        dueDate: input.dueDate,
        now: this.clock.now(),
      });
      await this.audit.record(tx, {
        entity: 'supervision',
        entityId: created,
        leadId: input.leadId,
        userId: actor.id,
        action: 'issue',
        changes: {
          instruction: [null, input.instruction],
          problemId: [null, problemId],
          assigneeIds: [null, assigneeIds],
          dueDate: [null, input.dueDate],
          status: [null, 'issued'],
        },
        statusChange: { from: null, to: 'issued' },
      });
      return created;
    });
    return this.get(id);
  }

  async get(id: string): Promise<SupervisionOrder> {
    return toOrder(await this.row(id), this.clock.today());
  }

  async list(filter: SupervisionFilter, limit: number, cursor?: string): Promise<Page<SupervisionOrder>> {
    const today = this.clock.today();
    const page = await this.orders.list(filter, limit, today, cursor);
    return { items: page.items.map((r) => toOrder(r, today)), nextCursor: page.nextCursor };
  }

  acknowledge(id: string, actor: User, version?: number): Promise<SupervisionOrder> {
    return this.act(id, 'acknowledge', actor, { version });
  }

  report(id: string, input: { text: string; done?: boolean; version?: number }, actor: User) {
    return this.act(id, 'report', actor, input);
  }

  close(id: string, actor: User, version?: number): Promise<SupervisionOrder> {
    return this.act(id, 'close', actor, { version });
  }

  return(id: string, reason: string, actor: User, version?: number): Promise<SupervisionOrder> {
    return this.act(id, 'return', actor, { reason, version });
  }

  async history(id: string): Promise<HistoryEntry[]> {
    await this.row(id);
    return this.audit.history('supervision', id);
  }

  /**
   * Plans the action on the order as read, then writes it only if the order is still at that version. An
   * assignee's acknowledgement or report without a `version` is tried again on a fresh read when another assignee
   * got there first (their intent does not depend on it); a close or return never is: the second one is a 409.
   */
  private async act(
    id: string,
    action: SupervisionAction,
    actor: User,
    input: ActionInput,
  ): Promise<SupervisionOrder> {
    const retryable = input.version === undefined && (action === 'acknowledge' || action === 'report');
    for (let attempt = 1; ; attempt++) {
      const order = await this.row(id);
      if (input.version !== undefined && input.version !== order.version)
        throw new VersionConflictError(order.version);
      const to = planSupervision(order, action, actor, { done: input.done });
      const written = await this.write(order, action, to, actor, input);
      if (written) return this.get(id);
      if (!retryable || attempt >= 3) throw new VersionConflictError();
    }
  }

  private write(
    order: OrderRow,
    action: SupervisionAction,
    to: OrderRow['status'],
    actor: User,
    input: ActionInput,
  ): Promise<boolean> {
    const now = this.clock.now();
    return transactionWithRetry(this.orders.db, async (tx) => {
      const extra =
        action === 'close'
          ? { closedAt: now }
          : action === 'return'
            ? { returnReason: input.reason ?? null }
            : {};
      if (!(await this.orders.transitionIfCurrent(tx, order.id, order.version, to, now, extra))) return false;
      const changes: Record<string, [unknown, unknown]> =
        to !== order.status ? { status: [order.status, to] } : {};
      if (action === 'acknowledge') {
        await this.orders.acknowledge(tx, order.id, actor.id, now);
        changes[`assignees.${actor.id}.acknowledgedAt`] = [null, now.toISOString()];
      } else if (action === 'report') {
        await this.orders.insertReport(tx, {
          orderId: order.id,
          byUserId: actor.id,
          text: input.text ?? '',
          done: input.done ?? false,
          now,
        });
        changes.report = [null, { text: input.text, done: input.done ?? false }];
      } else if (action === 'close') {
        changes.closedAt = [order.closedAt, now.toISOString()];
      } else {
        changes.returnReason = [order.returnReason, input.reason ?? null];
      }
      await this.audit.record(tx, {
        entity: 'supervision',
        entityId: order.id,
        leadId: order.leadId,
        userId: actor.id,
        action,
        changes,
        statusChange: {
          from: order.status,
          to,
          note: input.reason ?? input.text ?? ORDER_ACTION_ZH[action],
        },
      });
      return true;
    });
  }

  private async row(id: string): Promise<OrderRow> {
    const row = await this.orders.find(id);
    if (!row) throw new NotFoundError('该督办事项', 'Supervision order');
    return row;
  }
}
