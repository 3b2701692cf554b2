import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { OutboxTopic } from '@luodi/core';
import { JobName, QueueName, RecomputeTargetsJob } from '@luodi/queues';
import { OutboxRepository } from './outbox.repository';

const BATCH = 200;

/**
 * Turns outbox rows into jobs. Rows of one batch that name the same year become one `recompute-targets` job
 * (job id `recompute-{year}-{last row id}`: unique per batch, so a recompute already running never swallows
 * a newer signing). Rows are marked processed in the same transaction that locked them, after the enqueue;
 * if Redis is down the transaction rolls back and the rows wait for the next drain.
 */
@Injectable()
export class OutboxRelayService {
  private readonly logger = new Logger(OutboxRelayService.name);
  private running: Promise<number> | null = null;
  private again = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QueueName.Targets) private readonly targets: Queue<RecomputeTargetsJob>,
  ) {}

  /** Drains until empty; calls while a drain runs make it go round once more (coalesced, never concurrent). */
  drain(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let total = 0;
      try {
        do {
          this.again = false;
          let n: number;
          do {
            n = await this.drainBatch();
            total += n;
          } while (n === BATCH);
        } while (this.again);
      } finally {
        this.running = null;
      }
      return total;
    })();
    return this.running;
  }

  private async drainBatch(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows = await OutboxRepository.lockBatch(tx, BATCH);
      if (rows.length === 0) return 0;
      const lastIdByYear = new Map<number, string>();
      for (const row of rows) {
        const year = row.payload.year;
        if (
          row.topic === OutboxTopic.TargetsRecompute &&
          typeof year === 'number' &&
          Number.isInteger(year)
        ) {
          lastIdByYear.set(year, row.id);
        } else {
          this.logger.warn(`outbox row ${row.id}: unknown topic or payload (${row.topic}); marked processed`);
        }
      }
      await this.targets.addBulk(
        [...lastIdByYear].map(([year, lastId]) => ({
          name: JobName.RecomputeTargets,
          data: { year },
          opts: { jobId: `recompute-${year}-${lastId}` },
        })),
      );
      await OutboxRepository.markProcessed(
        tx,
        rows.map((r) => r.id),
      );
      return rows.length;
    });
  }
}
