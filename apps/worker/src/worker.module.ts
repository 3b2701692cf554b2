import { Module } from '@nestjs/common';
import { AppConfigModule, ClockModule, DatabaseModule } from '@luodi/core';
import { QueuesModule } from '@luodi/queues';

/** The worker: BullMQ processors and job schedulers, no HTTP server. */
@Module({
  imports: [AppConfigModule, ClockModule, DatabaseModule, QueuesModule.forRole('worker')],
})
export class WorkerModule {}
