/**
 * Every BullMQ queue and job name, typed in one place. Names are literal strings (never class names), so
 * renaming a class never orphans jobs already in Redis.
 */
export const QueueName = {
  /** The periodic scan that finds reminders owed (from PostgreSQL) and enqueues one send per notification. */
  Reminders: 'reminders',
  /** Weekly digests: the scheduled slot, and manual runs from `POST /digests/run`. */
  Digests: 'digests',
  /** Sending one ledger row (reminder or digest) by email. */
  Mail: 'mail',
  /** Target totals: draining the outbox, recomputing a year. */
  Targets: 'targets',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const ALL_QUEUES: QueueName[] = Object.values(QueueName);

export const JobName = {
  ReminderScan: 'reminder-scan',
  WeeklyDigest: 'weekly-digest',
  SendNotification: 'send-notification',
  DrainOutbox: 'drain-outbox',
  RecomputeTargets: 'recompute-targets',
  RecomputeAllTargets: 'recompute-all-targets',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Scheduler ids: re-upserted at every worker start so a flushed Redis heals itself. */
export const SchedulerId = {
  ReminderScan: 'reminder-scan-every',
  WeeklyDigest: 'weekly-digest-cron',
  RecomputeAllTargets: 'recompute-all-targets-every',
  DrainOutbox: 'drain-outbox-every',
} as const;
