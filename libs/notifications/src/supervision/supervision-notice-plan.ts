import { addDays, CalendarDate } from '@luodi/core';
import type { NewNotification, NotificationKind } from '../notification';

/**
 * What 问题台账与督办 owe people (issue 14), recorded in the ledger and delivered in their daily 督办清单:
 * - `supervision_issued`: a new order, to each assignee (`supervision_issued:{orderId}:{userId}`);
 * - `supervision_due_soon`: the day before and the day of its due date, while the assignees still owe it, to each
 *   assignee (`supervision_due_soon:{orderId}:{dueDate}:{userId}`, once per due date);
 * - `supervision_overdue`: from the day after its due date while still owed, to the issuer
 *   (`supervision_overdue:{orderId}:{dueDate}`);
 * - `problem_overdue`: from the day after a problem's due date while not resolved, to its assignee and the lead's
 *   owner (`problem_overdue:{problemId}:{dueDate}:{userId}`).
 * A moved due date owes new reminders; the dedupe keys make every one happen once.
 */
export const SUPERVISION_NOTICE_KINDS = [
  'supervision_issued',
  'supervision_due_soon',
  'supervision_overdue',
] as const satisfies readonly NotificationKind[];
export const PROBLEM_NOTICE_KINDS = ['problem_overdue'] as const satisfies readonly NotificationKind[];

export interface Person {
  userId: string;
  email: string;
}

export interface OrderForNotices {
  id: string;
  leadId: string;
  status: string;
  dueDate: CalendarDate;
  issuer: Person;
  assignees: Person[];
}

export interface ProblemForNotices {
  id: string;
  leadId: string;
  status: string;
  dueDate: CalendarDate;
  /** The assignee and the lead's owner (the same person once). */
  recipients: Person[];
}

/** The kind and subject a notice's dedupe key names (its second part is the order's or problem's id). */
export function noticeSubjectId(dedupeKey: string): string {
  return dedupeKey.split(':')[1] ?? '';
}

export function noticeDueDate(dedupeKey: string): string | null {
  const parts = dedupeKey.split(':');
  return parts[0] === 'supervision_issued' ? null : (parts[2] ?? null);
}

const OWED = new Set(['issued', 'acknowledged', 'returned']);

const row = (
  dedupeKey: string,
  kind: NotificationKind,
  leadId: string,
  to: Person,
  offsetDays: number | null,
): NewNotification => ({
  dedupeKey,
  kind,
  leadId,
  userId: to.userId,
  recipient: to.email,
  offsetDays,
  week: null,
  stageEntryId: null,
  stageDeadline: null,
  status: 'pending',
  lastError: null,
});

export function planOrderNotices(o: OrderForNotices, today: CalendarDate): NewNotification[] {
  const rows: NewNotification[] = [];
  if (o.status === 'closed') return rows;
  for (const a of o.assignees)
    rows.push(row(`supervision_issued:${o.id}:${a.userId}`, 'supervision_issued', o.leadId, a, null));
  if (!OWED.has(o.status)) return rows;
  if (today >= addDays(o.dueDate, -1) && today <= o.dueDate) {
    for (const a of o.assignees)
      rows.push(
        row(`supervision_due_soon:${o.id}:${o.dueDate}:${a.userId}`, 'supervision_due_soon', o.leadId, a, -1),
      );
  }
  if (today > o.dueDate)
    rows.push(row(`supervision_overdue:${o.id}:${o.dueDate}`, 'supervision_overdue', o.leadId, o.issuer, 1));
  return rows;
}

export function planProblemNotices(p: ProblemForNotices, today: CalendarDate): NewNotification[] {
  if (p.status === 'resolved' || today <= p.dueDate) return [];
  const seen = new Set<string>();
  return p.recipients
    .filter((r) => !seen.has(r.userId) && seen.add(r.userId))
    .map((r) => row(`problem_overdue:${p.id}:${p.dueDate}:${r.userId}`, 'problem_overdue', p.leadId, r, 1));
}
