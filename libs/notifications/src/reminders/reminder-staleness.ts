import type { ReminderLeadDetails } from './reminder-leads.repository';

/** What a recorded reminder was about: one stage entry of a lead and its deadline then. */
export interface ReminderSubject {
  stageEntryId: string | null;
  stageDeadline: string | null;
}

/**
 * Why a recorded reminder no longer applies when it is about to go out (null: it still does). A lead that closed,
 * moved to another stage or had its deadline moved since the reminder was recorded owes it no more; the new
 * deadline owes its own reminders.
 */
export function staleReason(reminder: ReminderSubject, lead: ReminderLeadDetails | null): string | null {
  if (!lead) return 'the lead no longer exists';
  if (lead.stage === 'production' || lead.stage === 'lost') return 'the lead is closed';
  if (lead.stageEntryId !== reminder.stageEntryId) return 'the lead moved to another stage';
  if (lead.stageDeadline === null || lead.stageDeadline !== reminder.stageDeadline) {
    return 'the stage deadline changed';
  }
  return null;
}
