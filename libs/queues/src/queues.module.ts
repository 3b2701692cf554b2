import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import type { ConnectionOptions } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@luodi/core';
import { ALL_QUEUES } from './queue-names';
import { redisOptions } from './redis-connection';

/** Default job options: retries with exponential backoff, completed jobs cleaned up. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * BullMQ on the configured Redis, with the configured key prefix, and every queue registered. Global: an app
 * imports it once (with its role), and any module of that app (e.g. the notification dispatcher in a lib) injects
 * the queues it needs.
 */
@Module({})
export class QueuesModule {
  static forRole(role: 'worker' | 'producer'): DynamicModule {
    return {
      module: QueuesModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: redisOptions(config.redisUrl, role) as ConnectionOptions,
            prefix: config.queuePrefix,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
      ],
      exports: [BullModule],
    };
  }
}
