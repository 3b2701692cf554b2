import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig, Clock, isoWeekOfInstant } from '@luodi/core';
import { JobName, QueueName, SchedulerId } from '@luodi/queues';
import { lastDigestSlot } from '../digests/digest-slots';

const RECOMPUTE_ALL_EVERY_MS = 60 * 60_000;
const DRAIN_OUTBOX_EVERY_MS = 60_000;
const HEAL_EVERY_MAX_MS = 60_000;

interface SchedulerSpec {
  queue: Queue;
  id: string;
  repeat: { every: number } | { pattern: string; tz: string };
  job: { name: string; data: Record<string, never> };
}

/**
 * The job schedulers, upserted at every worker start (so a restarted or flushed Redis heals itself) and
 * checked again every minute (or every scan period, if shorter) while the worker runs: one that has vanished
 * is put back. Upserting one that exists is avoided, since an upsert re-plans its next run.
 */
@Injectable()
export class JobSchedulersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobSchedulersService.name);
  private timer: NodeJS.Timeout | null = null;
  private readonly specs: SchedulerSpec[];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
    @InjectQueue(QueueName.Digests) private readonly digests: Queue,
    @InjectQueue(QueueName.Targets) targets: Queue,
  ) {
    this.specs = [
      {
        queue: reminders,
        id: SchedulerId.ReminderScan,
        repeat: { every: config.reminderScanEveryMs },
        job: { name: JobName.ReminderScan, data: {} },
      },
      {
        queue: digests,
        id: SchedulerId.WeeklyDigest,
        repeat: { pattern: config.digestCron, tz: config.timeZone },
        job: { name: JobName.WeeklyDigest, data: {} },
      },
      {
        queue: targets,
        id: SchedulerId.RecomputeAllTargets,
        repeat: { every: RECOMPUTE_ALL_EVERY_MS },
        job: { name: JobName.RecomputeAllTargets, data: {} },
      },
      {
        queue: targets,
        id: SchedulerId.DrainOutbox,
        repeat: { every: DRAIN_OUTBOX_EVERY_MS },
        job: { name: JobName.DrainOutbox, data: {} },
      },
    ];
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const spec of this.specs) await this.upsert(spec);
    await this.catchUpDigest();
    const healEvery = Math.min(this.config.reminderScanEveryMs, HEAL_EVERY_MAX_MS);
    this.timer = setInterval(() => void this.heal(), healEvery);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Puts back schedulers that are gone (Redis flushed or restarted without persistence). */
  async heal(): Promise<void> {
    let restored = false;
    for (const spec of this.specs) {
      try {
        if (!(await spec.queue.getJobScheduler(spec.id))) {
          this.logger.warn(`job scheduler ${spec.id} was missing; restoring it`);
          await this.upsert(spec);
          restored = true;
        }
      } catch (err) {
        this.logger.warn(`cannot check job scheduler ${spec.id}: ${(err as Error).message}`);
      }
    }
    if (restored) await this.catchUpDigest().catch(() => undefined);
  }

  /**
   * A restored scheduler plans its next run only, so the run of this week's slot may have been lost with Redis.
   * Ask for the most recent slot's week again: the ledger sends only the digests not yet recorded for it.
   */
  private async catchUpDigest(): Promise<void> {
    const slot = lastDigestSlot(this.clock.now(), this.config.digestCron, this.config.timeZone);
    if (!slot) return;
    const week = isoWeekOfInstant(slot, this.config.timeZone);
    await this.digests.add(JobName.WeeklyDigest, { week }, { jobId: `catch-up-${week}-${slot.getTime()}` });
  }

  private async upsert(spec: SchedulerSpec): Promise<void> {
    await spec.queue.upsertJobScheduler(spec.id, spec.repeat, spec.job);
  }
}
