import { ForbiddenError, tr } from '@luodi/core';
import { Actor } from './problem-rules';
import { SupervisionAssignee, SupervisionStatus, SUPERVISION_STATUS_NAMES } from './problem';
import { ProblemTransitionError } from './problems.errors';

/**
 * 督办 status rules. 已交办 → 已签收 (when every assignee has acknowledged) → 已反馈完成 (an assignee reports it
 * done) → 已办结 (the issuer closes it after review), or 已退回 (the issuer returns it with a reason; it goes back
 * to the assignees, who report again). Pure: the service writes the result in one conditional update.
 */
export type SupervisionAction = 'acknowledge' | 'report' | 'close' | 'return';

export interface SupervisionState {
  status: SupervisionStatus;
  issuedBy: string;
  assignees: SupervisionAssignee[];
}

/** Overdue the way a stage is (today after the due date), while the assignees still owe it (not reported or closed). */
export function isSupervisionOverdue(status: SupervisionStatus, dueDate: string, today: string): boolean {
  return status !== 'reported' && status !== 'closed' && today > dueDate;
}

function invalid(zh: string, en: string): ProblemTransitionError {
  return new ProblemTransitionError(tr(zh, en));
}

function assertAssignee(order: SupervisionState, actor: Actor): SupervisionAssignee {
  const me = order.assignees.find((a) => a.userId === actor.id);
  if (!me) {
    throw new ForbiddenError(
      tr(
        '只有该督办事项的承办人可以签收和反馈。',
        'Only the order’s assignees may acknowledge or report on it.',
      ),
    );
  }
  return me;
}

/** The issuer (or an admin) reviews: closes or returns. */
export function assertMayReview(order: SupervisionState, actor: Actor): void {
  if (actor.role !== 'admin' && actor.id !== order.issuedBy) {
    throw new ForbiddenError(
      tr(
        '只有交办人或管理员可以办结或退回督办事项。',
        'Only the issuer or an admin may close or return the order.',
      ),
    );
  }
}

const statusName = (s: SupervisionStatus) => SUPERVISION_STATUS_NAMES[s];

/** The status after `action` by `actor`, or the error that forbids it. */
export function planSupervision(
  order: SupervisionState,
  action: SupervisionAction,
  actor: Actor,
  options: { done?: boolean } = {},
): SupervisionStatus {
  switch (action) {
    case 'acknowledge': {
      const me = assertAssignee(order, actor);
      if (me.acknowledgedAt !== null)
        throw invalid('您已签收该督办事项。', 'You have already acknowledged this order.');
      if (order.status !== 'issued')
        throw invalid(
          `督办事项${statusName(order.status)}，不能签收。`,
          `The order is ${order.status}; it cannot be acknowledged.`,
        );
      const others = order.assignees.filter((a) => a.userId !== actor.id);
      return others.every((a) => a.acknowledgedAt !== null) ? 'acknowledged' : 'issued';
    }
    case 'report': {
      const me = assertAssignee(order, actor);
      if (me.acknowledgedAt === null)
        throw invalid('请先签收该督办事项再反馈。', 'Acknowledge the order before reporting on it.');
      if (order.status === 'reported' || order.status === 'closed')
        throw invalid(
          `督办事项${statusName(order.status)}，不能再反馈。`,
          `The order is ${order.status}; it takes no more reports.`,
        );
      if (!options.done) return order.status;
      if (order.status === 'issued')
        throw invalid(
          '全部承办人签收后才能报告完成。',
          'Every assignee must acknowledge the order before it is reported done.',
        );
      return 'reported';
    }
    case 'close':
    case 'return': {
      assertMayReview(order, actor);
      if (order.status !== 'reported') {
        throw invalid(
          action === 'close'
            ? `督办事项${statusName(order.status)}，承办人报告完成后才能办结。`
            : `督办事项${statusName(order.status)}，承办人报告完成后才能退回。`,
          `The order is ${order.status}; it can be ${action === 'close' ? 'closed' : 'returned'} only after it is reported done.`,
        );
      }
      return action === 'close' ? 'closed' : 'returned';
    }
  }
}
