/** The data each job carries. Jobs carry work, not state: everything else is read from PostgreSQL. */
export interface ReminderScanJob {
  /** Zone calendar date to scan as "today" (tests and catch-up); defaults to the clock's today. */
  today?: string;
}

export interface WeeklyDigestJob {
  /** ISO week (`2024-W14`) to send; when absent, taken from the scheduled slot the job was created for. */
  week?: string;
}

/** A batch of ledger rows to send (claimed together, marked together). */
export interface SendNotificationJob {
  notificationIds: string[];
  /** A single row: jobs queued before sends were batched. */
  notificationId?: string;
}

export interface RecomputeTargetsJob {
  year: number;
}

export type DrainOutboxJob = Record<string, never>;
export type RecomputeAllTargetsJob = Record<string, never>;
