import { DomainError } from '@luodi/core';
import { isSupervisionOverdue, planSupervision, SupervisionState } from './supervision-rules';

const order = (over: Partial<SupervisionState> = {}): SupervisionState => ({
  status: 'issued',
  issuedBy: 'boss',
  assignees: [
    { userId: 'a', acknowledgedAt: null },
    { userId: 'b', acknowledgedAt: null },
  ],
  ...over,
});
const ack = (s: SupervisionState, ...ids: string[]) => ({
  ...s,
  assignees: s.assignees.map((a) =>
    ids.includes(a.userId) ? { ...a, acknowledgedAt: '2024-06-01T00:00:00.000Z' } : a,
  ),
});
const staff = (id: string) => ({ id, role: 'staff' as const });
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return undefined;
};

describe('supervision rules', () => {
  it('is acknowledged when the last assignee acknowledges', () => {
    expect(planSupervision(order(), 'acknowledge', staff('a'))).toBe('issued');
    expect(planSupervision(ack(order(), 'a'), 'acknowledge', staff('b'))).toBe('acknowledged');
    expect(codeOf(() => planSupervision(ack(order(), 'a'), 'acknowledge', staff('a')))).toBe(
      'INVALID_TRANSITION',
    );
    expect(codeOf(() => planSupervision(order(), 'acknowledge', staff('c')))).toBe('FORBIDDEN');
    expect(codeOf(() => planSupervision(order(), 'acknowledge', { id: 'boss', role: 'supervisor' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('takes reports from assignees who acknowledged; done only once all did', () => {
    const one = ack(order(), 'a');
    expect(codeOf(() => planSupervision(one, 'report', staff('b')))).toBe('INVALID_TRANSITION');
    expect(planSupervision(one, 'report', staff('a'))).toBe('issued');
    expect(codeOf(() => planSupervision(one, 'report', staff('a'), { done: true }))).toBe(
      'INVALID_TRANSITION',
    );
    const both = { ...ack(order(), 'a', 'b'), status: 'acknowledged' as const };
    expect(planSupervision(both, 'report', staff('b'), { done: true })).toBe('reported');
    expect(planSupervision({ ...both, status: 'returned' }, 'report', staff('a'), { done: true })).toBe(
      'reported',
    );
    expect(planSupervision({ ...both, status: 'returned' }, 'report', staff('a'))).toBe('returned');
    expect(codeOf(() => planSupervision({ ...both, status: 'reported' }, 'report', staff('a')))).toBe(
      'INVALID_TRANSITION',
    );
    expect(codeOf(() => planSupervision({ ...both, status: 'closed' }, 'report', staff('a')))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('is closed or returned by its issuer or an admin, only after a done report', () => {
    const reported = { ...ack(order(), 'a', 'b'), status: 'reported' as const };
    const boss = { id: 'boss', role: 'supervisor' as const };
    expect(planSupervision(reported, 'close', boss)).toBe('closed');
    expect(planSupervision(reported, 'return', boss)).toBe('returned');
    expect(planSupervision(reported, 'close', { id: 'root', role: 'admin' })).toBe('closed');
    expect(codeOf(() => planSupervision(reported, 'close', { id: 'other', role: 'supervisor' }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => planSupervision(reported, 'close', staff('a')))).toBe('FORBIDDEN');
    for (const status of ['issued', 'acknowledged', 'returned', 'closed'] as const) {
      expect(codeOf(() => planSupervision({ ...reported, status }, 'close', boss))).toBe(
        'INVALID_TRANSITION',
      );
      expect(codeOf(() => planSupervision({ ...reported, status }, 'return', boss))).toBe(
        'INVALID_TRANSITION',
      );
    }
  });

  it('is overdue after its due date until it is reported done', () => {
    expect(isSupervisionOverdue('issued', '2024-06-30', '2024-06-30')).toBe(false);
    expect(isSupervisionOverdue('acknowledged', '2024-06-30', '2024-07-01')).toBe(true);
    expect(isSupervisionOverdue('returned', '2024-06-30', '2024-07-01')).toBe(true);
    expect(isSupervisionOverdue('reported', '2024-06-30', '2024-07-01')).toBe(false);
    expect(isSupervisionOverdue('closed', '2024-06-30', '2024-07-01')).toBe(false);
  });
});
