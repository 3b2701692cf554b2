import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { DomainError } from '@luodi/core';
import { TargetsService } from '@luodi/targets';
import { JobName, QueueName, RecomputeTargetsJob } from '@luodi/queues';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { LoggedWorkerHost } from '../logged-worker-host';

/** Target totals: a year after a signing (from the outbox), every year on a schedule, and the outbox backstop. */
@Processor(QueueName.Targets, { concurrency: 1 })
export class TargetsProcessor extends LoggedWorkerHost {
  constructor(
    private readonly targets: TargetsService,
    private readonly relay: OutboxRelayService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    try {
      return await this.run(job);
    } catch (err) {
      // A rule violation (a year out of range) will not pass on retry.
      if (err instanceof DomainError) throw new UnrecoverableError(err.message);
      throw err;
    }
  }

  private async run(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.RecomputeTargets:
        return this.targets.recompute((job.data as RecomputeTargetsJob).year);
      case JobName.RecomputeAllTargets:
        return this.targets.recomputeAll();
      case JobName.DrainOutbox:
        return { drained: await this.relay.drain() };
      default:
        throw new Error(`unknown job ${job.name} on the targets queue`);
    }
  }
}
