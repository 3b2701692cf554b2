import {
  planOrderNotices,
  planProblemNotices,
  noticeDueDate,
  noticeSubjectId,
} from './supervision-notice-plan';

const boss = { userId: 'boss', email: 'boss@x.cn' };
const a = { userId: 'a', email: 'a@x.cn' };
const b = { userId: 'b', email: 'b@x.cn' };
const order = (status: string) => ({
  id: 'o1',
  leadId: 'l1',
  status,
  dueDate: '2024-06-20',
  issuer: boss,
  assignees: [a, b],
});
const keys = (rows: { dedupeKey: string; recipient: string }[]) =>
  rows.map((r) => `${r.dedupeKey} → ${r.recipient}`);

describe('督办 and problem notices', () => {
  it('owes each assignee the new order, the day before and of the due date a reminder, the issuer the overdue', () => {
    expect(keys(planOrderNotices(order('issued'), '2024-06-03'))).toEqual([
      'supervision_issued:o1:a → a@x.cn',
      'supervision_issued:o1:b → b@x.cn',
    ]);
    const dueSoon = keys(planOrderNotices(order('acknowledged'), '2024-06-19')).slice(2);
    expect(dueSoon).toEqual([
      'supervision_due_soon:o1:2024-06-20:a → a@x.cn',
      'supervision_due_soon:o1:2024-06-20:b → b@x.cn',
    ]);
    expect(keys(planOrderNotices(order('acknowledged'), '2024-06-20')).slice(2)).toEqual(dueSoon);
    expect(keys(planOrderNotices(order('returned'), '2024-06-21')).slice(2)).toEqual([
      'supervision_overdue:o1:2024-06-20 → boss@x.cn',
    ]);
  });

  it('owes nothing more once reported done, and nothing at all once closed', () => {
    expect(planOrderNotices(order('reported'), '2024-06-21').map((r) => r.kind)).toEqual([
      'supervision_issued',
      'supervision_issued',
    ]);
    expect(planOrderNotices(order('closed'), '2024-06-21')).toEqual([]);
  });

  it('owes a problem overdue to its assignee and the lead owner once each, from the day after its due date', () => {
    const p = { id: 'p1', leadId: 'l1', status: 'in_progress', dueDate: '2024-06-20', recipients: [a, a] };
    expect(planProblemNotices(p, '2024-06-20')).toEqual([]);
    expect(keys(planProblemNotices(p, '2024-06-21'))).toEqual(['problem_overdue:p1:2024-06-20:a → a@x.cn']);
    expect(planProblemNotices({ ...p, status: 'resolved' }, '2024-06-21')).toEqual([]);
    expect(keys(planProblemNotices({ ...p, recipients: [a, b] }, '2024-07-01'))).toHaveLength(2);
  });

  it('reads the subject and due date back from a key', () => {
    expect(noticeSubjectId('supervision_due_soon:o1:2024-06-20:a')).toBe('o1');
    expect(noticeDueDate('supervision_due_soon:o1:2024-06-20:a')).toBe('2024-06-20');
    expect(noticeDueDate('supervision_issued:o1:a')).toBeNull();
  });
});
