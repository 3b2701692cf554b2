/** The notification ledger's vocabulary: one row per effect (an email owed), keyed so it happens once. */
export const NOTIFICATION_KINDS = [
  'due_soon',
  'overdue',
  'escalation',
  'digest',
  'daily_duban',
  // 三个一批: a nominated lead not at its stage a week before the event (libs/plans, in the daily list).
  'batch_event_due',
  // 问题台账与督办 (issue 14), delivered in the daily 督办清单 (see supervision/supervision-notice-plan.ts)
  'supervision_issued',
  'supervision_due_soon',
  'supervision_overdue',
  'problem_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The stage-deadline reminders (one lead, one stage entry, one deadline, one offset each). */
export const REMINDER_KINDS = [
  'due_soon',
  'overdue',
  'escalation',
] as const satisfies readonly NotificationKind[];

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** What `GET /notifications` returns for one ledger row. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  offsetDays: number | null;
  leadId: string | null;
  userId: string | null;
  recipient: string;
  week: string | null;
  status: NotificationStatus;
  attempts: number;
  sentAt: string | null;
  createdAt: string;
}

/** A row to insert into the ledger (ON CONFLICT (dedupe_key) DO NOTHING). */
export interface NewNotification {
  dedupeKey: string;
  kind: NotificationKind;
  leadId: string | null;
  userId: string | null;
  recipient: string;
  offsetDays: number | null;
  week: string | null;
  stageEntryId: string | null;
  stageDeadline: string | null;
  status: 'pending' | 'skipped';
  lastError: string | null;
}

/** `reminder:{leadId}:{stageEntryId}:{stageDeadline}:{offsetDays}`, plus `:{userId}` for an escalation fanned out to every supervisor. */
export function reminderDedupeKey(
  leadId: string,
  stageEntryId: string,
  stageDeadline: string,
  offsetDays: number,
  fanOutRecipientId?: string,
): string {
  const base = `reminder:${leadId}:${stageEntryId}:${stageDeadline}:${offsetDays}`;
  return fanOutRecipientId ? `${base}:${fanOutRecipientId}` : base;
}

export function digestDedupeKey(userId: string, isoWeek: string): string {
  return `digest:${userId}:${isoWeek}`;
}

/** `duban:{userId}:{YYYY-MM-DD}`: one daily 督办清单 per person per zone date. */
export function dailyListDedupeKey(userId: string, date: string): string {
  return `duban:${userId}:${date}`;
}
