import type { Job } from 'bullmq';
import { isIsoWeek, isoWeekOfInstant } from '@luodi/core';
import type { WeeklyDigestJob } from '@luodi/queues';

/**
 * The ISO week a digest job is for: the week asked for, else the week of the scheduled slot the job was created
 * for (BullMQ keeps it as `prevMillis` on scheduler jobs), else of the job's creation — never of the moment
 * it happens to run, so a worker down on Monday morning still sends that Monday's week when it comes back.
 */
export function digestWeekOf(
  job: Pick<Job<WeeklyDigestJob>, 'data' | 'opts' | 'timestamp'>,
  timeZone: string,
): string {
  if (isIsoWeek(job.data?.week)) return job.data.week;
  const slot = job.opts?.prevMillis ?? job.timestamp;
  return isoWeekOfInstant(new Date(slot), timeZone);
}
