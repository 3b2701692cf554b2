import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@luodi/core';
import { DigestService } from '@luodi/notifications';
import { QueueName, WeeklyDigestJob } from '@luodi/queues';
import { MailQueueService } from '../mail/mail-queue.service';
import { digestWeekOf } from './digest-week';
import { LoggedWorkerHost } from '../logged-worker-host';

/** A week's digests: one ledger row per active user (deduplicated per week), then one send job each. */
@Processor(QueueName.Digests, { concurrency: 1 })
export class WeeklyDigestProcessor extends LoggedWorkerHost {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly digests: DigestService,
    private readonly mail: MailQueueService,
  ) {
    super();
  }

  async process(job: Job<WeeklyDigestJob>): Promise<{ week: string; created: number }> {
    const week = digestWeekOf(job, this.config.timeZone);
    const created = await this.digests.planWeek(week);
    await this.mail.enqueueOwed();
    return { week, created };
  }
}
