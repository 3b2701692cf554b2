import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { tr, UnavailableError } from '@luodi/core';
import { DigestService } from '@luodi/notifications';
import { JobName, QueueName, WeeklyDigestJob } from '@luodi/queues';

const ENQUEUE_TIMEOUT_MS = 3000;

/**
 * Asks the worker to send a week's digests. The week is checked first (from 2000-W01 to next week: a week no
 * digest can be composed for is refused with 400 and never queued). The API only enqueues; the ledger makes a
 * second run of the same week send nothing new. With Redis down the producer connection fails fast: 503.
 */
@Injectable()
export class DigestRunService {
  constructor(
    @InjectQueue(QueueName.Digests) private readonly queue: Queue<WeeklyDigestJob>,
    private readonly digests: DigestService,
  ) {}

  async run(week?: string): Promise<{ week: string }> {
    const target = this.digests.checkWeek(week);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queue.add(JobName.WeeklyDigest, { week: target }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), ENQUEUE_TIMEOUT_MS);
        }),
      ]);
    } catch {
      throw new UnavailableError(
        tr('任务队列暂时不可用，请稍后再试。', 'The job queue is unavailable; try again shortly.'),
      );
    } finally {
      clearTimeout(timer);
    }
    return { week: target };
  }
}
