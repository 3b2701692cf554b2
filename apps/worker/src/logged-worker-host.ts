import { Logger } from '@nestjs/common';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';

/**
 * A processor base that logs the BullMQ worker's `error` events (a lost Redis connection, a job whose keys
 * vanished in a flush) instead of leaving them unhandled; the worker reconnects and carries on.
 */
export abstract class LoggedWorkerHost extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);

  @OnWorkerEvent('error')
  onWorkerError(err: Error): void {
    this.logger.warn(`queue worker error: ${err.message}`);
  }
}
