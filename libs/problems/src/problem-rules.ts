import { ForbiddenError, tr, ValidationFailedError } from '@luodi/core';
import { isSupervisorOrAdmin, Role } from '@luodi/users';
import { ProblemCategory, ProblemStatus, PROBLEM_STATUS_NAMES } from './problem';
import { ProblemTransitionError } from './problems.errors';

export interface Actor {
  id: string;
  role: Role;
}

/** A problem is overdue the way a stage is: not resolved and today (Asia/Shanghai) is after its due date. */
export function isProblemOverdue(status: ProblemStatus, dueDate: string, today: string): boolean {
  return status !== 'resolved' && today > dueDate;
}

/** Staff raise problems on the leads they own; supervisors and admins on any lead. */
export function assertMayRaiseProblem(actor: Actor, leadOwnerId: string): void {
  if (!isSupervisorOrAdmin(actor.role) && actor.id !== leadOwnerId) {
    throw new ForbiddenError(
      tr(
        '只有项目负责人和分管领导可以登记该项目的问题。',
        'Only the lead’s owner and supervisors may raise problems on it.',
      ),
    );
  }
}

/** Who may change a problem (and add 反馈): the lead's owner, the assignee, supervisors and admins. */
export function mayChangeProblem(
  actor: Actor,
  problem: { assigneeId: string | null },
  leadOwnerId: string,
): boolean {
  return isSupervisorOrAdmin(actor.role) || actor.id === leadOwnerId || actor.id === problem.assigneeId;
}

export function assertMayChangeProblem(
  actor: Actor,
  problem: { assigneeId: string | null },
  leadOwnerId: string,
): void {
  if (!mayChangeProblem(actor, problem, leadOwnerId)) {
    throw new ForbiddenError(
      tr(
        '只有项目负责人、问题承办人和分管领导可以处理该问题。',
        'Only the lead’s owner, the problem’s assignee and supervisors may change it.',
      ),
    );
  }
}

/** 待办 → 办理中 → 已办结; 待办 may be closed at once; a closed problem may be reopened (办理中). */
const NEXT: Record<ProblemStatus, ProblemStatus[]> = {
  open: ['in_progress', 'resolved'],
  in_progress: ['resolved'],
  resolved: ['in_progress'],
};

export interface ProblemPatch {
  category?: ProblemCategory;
  description?: string;
  departmentId?: string;
  assigneeId?: string | null;
  dueDate?: string;
  status?: ProblemStatus;
  resolution?: string | null;
}

export interface ProblemState {
  category: ProblemCategory;
  description: string;
  departmentId: string;
  assigneeId: string | null;
  dueDate: string;
  status: ProblemStatus;
  resolution: string | null;
}

export interface ProblemChangePlan {
  /** The fields that change, with their new values (representation names). */
  next: Partial<ProblemState>;
  /** `{field: [old, new]}` for the audit entry. */
  changes: Record<string, [unknown, unknown]>;
  /** Set when the status moves: the history row. */
  statusChange: { from: ProblemStatus; to: ProblemStatus } | null;
}

/**
 * What a PATCH does to a problem: the fields that really change, the status move (checked against the allowed
 * moves) and the resolution rule (办结 needs a resolution; a reopened problem loses it). Pure: the caller checks
 * who may do it, that the department and assignee exist, and writes the plan in one conditional update.
 */
export function planProblemChange(
  current: ProblemState,
  patch: ProblemPatch,
  today: string,
): ProblemChangePlan {
  const next: Partial<ProblemState> = {};
  const changes: Record<string, [unknown, unknown]> = {};
  const set = <K extends keyof ProblemState>(key: K, value: ProblemState[K]) => {
    if (current[key] === value) return;
    next[key] = value;
    changes[key] = [current[key], value];
  };
  if (patch.category !== undefined) set('category', patch.category);
  if (patch.description !== undefined) set('description', patch.description);
  if (patch.departmentId !== undefined) set('departmentId', patch.departmentId);
  if (patch.assigneeId !== undefined) set('assigneeId', patch.assigneeId);
  if (patch.dueDate !== undefined && patch.dueDate !== current.dueDate) {
    if (patch.dueDate < today) {
      throw new ValidationFailedError([
        { field: 'dueDate', message: tr('办结时限不能早于今天', 'must not be before today') },
      ]);
    }
    set('dueDate', patch.dueDate);
  }

  const from = current.status;
  const to = patch.status ?? from;
  if (to !== from && !NEXT[from].includes(to)) {
    throw new ProblemTransitionError(
      tr(
        `问题不能从“${PROBLEM_STATUS_NAMES[from]}”改为“${PROBLEM_STATUS_NAMES[to]}”。`,
        `A problem cannot move from ${from} to ${to}.`,
      ),
      [{ field: 'status', message: tr('不允许的状态变更', 'is not an allowed move') }],
    );
  }
  if (to === 'resolved') {
    const resolution = patch.resolution !== undefined ? patch.resolution : current.resolution;
    if (resolution === null || resolution.trim() === '') {
      throw new ProblemTransitionError(
        tr('办结问题须填写办结情况。', 'Resolving a problem needs its resolution.'),
        [{ field: 'resolution', message: tr('办结时必填', 'is required to resolve') }],
      );
    }
    set('resolution', resolution);
  } else if (patch.resolution !== undefined && patch.resolution !== null) {
    throw new ProblemTransitionError(
      tr('只有办结问题时才填写办结情况。', 'A resolution is given only when resolving.'),
      [{ field: 'resolution', message: tr('仅在办结时填写', 'only with status resolved') }],
    );
  } else {
    set('resolution', null); // reopening clears it
  }
  set('status', to);
  return { next, changes, statusChange: to !== from ? { from, to } : null };
}
