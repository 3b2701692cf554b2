import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SummaryFoldRepository } from '@luodi/reports';

/** How often the worker folds the summaries' pending deltas. */
export const FOLD_EVERY_MS = 5_000;

/**
 * Folds the funnel summaries' deltas every few seconds. A timer rather than a queued job: a fold is idempotent
 * and safe to run concurrently (each worker process may run its own), and a missed one costs only read speed,
 * never exactness.
 */
@Injectable()
export class SummaryFoldService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SummaryFoldService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly summaries: SummaryFoldRepository) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.foldOnce(), FOLD_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One fold, skipped while the previous one still runs; a failure (the database away) waits for the next. */
  foldOnce(): Promise<void> {
    this.running ??= this.summaries
      .fold()
      .then(
        () => undefined,
        (err: Error) => this.logger.warn(`summaries: fold failed (${err.message})`),
      )
      .finally(() => (this.running = null));
    return this.running;
  }
}
