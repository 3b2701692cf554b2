import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { APP_CONFIG, AppConfig, DomainError } from '@luodi/core';
import { errorSummary, NotificationDispatcher } from '@luodi/notifications';
import { QueueName, WeeklyDigestJob } from '@luodi/queues';
import { digestWeekOf } from './digest-week';
import { LoggedWorkerHost } from '../logged-worker-host';

/**
 * A week's digests: one ledger row per active user (deduplicated per week), then one send job each. A week
 * outside the allowed range fails the job for good (no retries).
 */
@Processor(QueueName.Digests, { concurrency: 1 })
export class WeeklyDigestProcessor extends LoggedWorkerHost {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dispatcher: NotificationDispatcher,
  ) {
    super();
  }

  async process(job: Job<WeeklyDigestJob>): Promise<{ week: string; recorded: number; enqueued: number }> {
    try {
      return await this.dispatcher.weeklyDigest(digestWeekOf(job, this.config.timeZone));
    } catch (err) {
      if (err instanceof DomainError) throw new UnrecoverableError(errorSummary(err));
      throw err;
    }
  }
}
