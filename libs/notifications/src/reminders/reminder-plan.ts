import { addDays, CalendarDate } from '@luodi/core';
import { NewNotification, NotificationKind, reminderDedupeKey } from '../notification';

/** The reminders owed for a stage deadline, by days relative to it (due on `stageDeadline + offsetDays`). */
export const REMINDER_OFFSETS: readonly { offsetDays: number; kind: NotificationKind }[] = [
  { offsetDays: -7, kind: 'due_soon' },
  { offsetDays: -1, kind: 'due_soon' },
  { offsetDays: 1, kind: 'overdue' },
  { offsetDays: 7, kind: 'escalation' },
];

/** How far back the scan looks past the last offset, to catch up after the worker was down (days). */
export const REMINDER_LOOKBACK_DAYS = 30;

export interface Recipient {
  id: string;
  email: string;
  active: boolean;
}

/** An open lead with a deadline, as the scan reads it. */
export interface ReminderLead {
  id: string;
  stageEntryId: string;
  stageDeadline: CalendarDate;
  owner: Recipient;
  leader: Recipient | null;
}

/** The offsets due on `today` for a deadline: those whose date has come. */
export function dueOffsets(stageDeadline: CalendarDate, today: CalendarDate): number[] {
  return REMINDER_OFFSETS.map((o) => o.offsetDays).filter((o) => addDays(stageDeadline, o) <= today);
}

/**
 * The ledger rows a lead owes today. Every due reminder gets a row (so the ledger says what happened to it);
 * only the latest due one — the one nearest the deadline — is `pending`, the earlier ones `skipped`: when a
 * deadline is set close, or the worker was down, the owner gets one current email instead of a burst.
 * The ledger's unique key makes rows already recorded (sent, or skipped earlier) stay as they are.
 *
 * Escalations go to the lead's 包联领导 (leader) when active; otherwise to every active supervisor, one row
 * each, with the recipient's id appended to the dedupe key.
 */
export function planReminders(
  lead: ReminderLead,
  supervisors: readonly Recipient[],
  today: CalendarDate,
): NewNotification[] {
  const due = REMINDER_OFFSETS.filter((o) => addDays(lead.stageDeadline, o.offsetDays) <= today).map((o) => ({
    ...o,
    recipients: recipientsOf(o.kind, lead, supervisors),
  }));
  // An escalation with nobody to escalate to (no leader, no supervisor) supersedes nothing.
  const deliverable = due.filter((o) => o.recipients.length > 0);
  if (deliverable.length === 0) return [];
  const latest = Math.max(...deliverable.map((o) => o.offsetDays));
  const rows: NewNotification[] = [];
  for (const { offsetDays, kind, recipients } of deliverable) {
    const superseded = offsetDays !== latest;
    for (const { recipient, fanOut } of recipients) {
      const inactive = !recipient.active;
      rows.push({
        dedupeKey: reminderDedupeKey(
          lead.id,
          lead.stageEntryId,
          lead.stageDeadline,
          offsetDays,
          fanOut ? recipient.id : undefined,
        ),
        kind,
        leadId: lead.id,
        userId: recipient.id,
        recipient: recipient.email,
        offsetDays,
        week: null,
        stageEntryId: lead.stageEntryId,
        stageDeadline: lead.stageDeadline,
        status: superseded || inactive ? 'skipped' : 'pending',
        lastError: superseded
          ? 'superseded by a reminder nearer the deadline'
          : inactive
            ? 'recipient is inactive'
            : null,
      });
    }
  }
  return rows;
}

function recipientsOf(
  kind: NotificationKind,
  lead: ReminderLead,
  supervisors: readonly Recipient[],
): { recipient: Recipient; fanOut: boolean }[] {
  if (kind !== 'escalation') return [{ recipient: lead.owner, fanOut: false }];
  if (lead.leader?.active) return [{ recipient: lead.leader, fanOut: false }];
  return supervisors.filter((s) => s.active).map((recipient) => ({ recipient, fanOut: true }));
}
