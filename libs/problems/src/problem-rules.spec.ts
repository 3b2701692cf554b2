import { DomainError } from '@luodi/core';
import {
  assertMayChangeProblem,
  assertMayRaiseProblem,
  isProblemOverdue,
  planProblemChange,
  ProblemState,
} from './problem-rules';

const base: ProblemState = {
  category: 'land',
  description: '用地指标未落实',
  departmentId: 'd1',
  assigneeId: 'u-assignee',
  dueDate: '2024-06-30',
  status: 'open',
  resolution: null,
};
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return undefined;
};

describe('problem rules', () => {
  it('is overdue the day after its due date while not resolved', () => {
    expect(isProblemOverdue('open', '2024-06-30', '2024-06-30')).toBe(false);
    expect(isProblemOverdue('open', '2024-06-30', '2024-07-01')).toBe(true);
    expect(isProblemOverdue('in_progress', '2024-06-30', '2024-07-01')).toBe(true);
    expect(isProblemOverdue('resolved', '2024-06-30', '2024-07-01')).toBe(false);
  });

  it('lets the lead owner, the assignee and supervisors change it; other staff get 403', () => {
    const owner = 'u-owner';
    expect(() => assertMayChangeProblem({ id: owner, role: 'staff' }, base, owner)).not.toThrow();
    expect(() => assertMayChangeProblem({ id: 'u-assignee', role: 'staff' }, base, owner)).not.toThrow();
    expect(() => assertMayChangeProblem({ id: 'x', role: 'supervisor' }, base, owner)).not.toThrow();
    expect(() => assertMayChangeProblem({ id: 'x', role: 'admin' }, base, owner)).not.toThrow();
    expect(codeOf(() => assertMayChangeProblem({ id: 'x', role: 'staff' }, base, owner))).toBe('FORBIDDEN');
    expect(codeOf(() => assertMayRaiseProblem({ id: 'u-assignee', role: 'staff' }, owner))).toBe('FORBIDDEN');
    expect(() => assertMayRaiseProblem({ id: owner, role: 'staff' }, owner)).not.toThrow();
  });

  it('moves 待办 → 办理中 → 已办结 and needs a resolution to resolve', () => {
    const started = planProblemChange(base, { status: 'in_progress' }, '2024-06-01');
    expect(started.statusChange).toEqual({ from: 'open', to: 'in_progress' });
    expect(started.changes).toEqual({ status: ['open', 'in_progress'] });
    const state = { ...base, status: 'in_progress' as const };
    expect(codeOf(() => planProblemChange(state, { status: 'resolved' }, '2024-06-01'))).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      codeOf(() => planProblemChange(state, { status: 'resolved', resolution: '  ' }, '2024-06-01')),
    ).toBe('INVALID_TRANSITION');
    const resolved = planProblemChange(state, { status: 'resolved', resolution: '已协调供地' }, '2024-06-01');
    expect(resolved.next).toEqual({ status: 'resolved', resolution: '已协调供地' });
    expect(resolved.statusChange).toEqual({ from: 'in_progress', to: 'resolved' });
  });

  it('refuses moves back to 待办 and a resolution without resolving; reopening clears the resolution', () => {
    const state = { ...base, status: 'in_progress' as const };
    expect(codeOf(() => planProblemChange(state, { status: 'open' }, '2024-06-01'))).toBe(
      'INVALID_TRANSITION',
    );
    expect(codeOf(() => planProblemChange(state, { resolution: '提前写' }, '2024-06-01'))).toBe(
      'INVALID_TRANSITION',
    );
    const closed = { ...base, status: 'resolved' as const, resolution: '已办' };
    const reopened = planProblemChange(closed, { status: 'in_progress' }, '2024-06-01');
    expect(reopened.next).toEqual({ status: 'in_progress', resolution: null });
  });

  it('keeps only real changes and refuses a due date before today', () => {
    const plan = planProblemChange(
      base,
      { category: 'land', description: '新描述', assigneeId: null },
      '2024-06-01',
    );
    expect(plan.changes).toEqual({
      description: ['用地指标未落实', '新描述'],
      assigneeId: ['u-assignee', null],
    });
    expect(plan.statusChange).toBeNull();
    expect(codeOf(() => planProblemChange(base, { dueDate: '2024-05-31' }, '2024-06-01'))).toBe(
      'VALIDATION_FAILED',
    );
    expect(planProblemChange(base, { dueDate: '2024-06-01' }, '2024-06-01').next).toEqual({
      dueDate: '2024-06-01',
    });
  });
});
