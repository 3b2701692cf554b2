import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createAppLogger } from '@luodi/core';
import { WorkerModule } from './worker.module';

/** Builds the worker context (used by main.ts and the end-to-end tests). */
export async function createWorkerApp(
  module: Type<unknown> = WorkerModule,
): Promise<INestApplicationContext> {
  // No enableShutdownHooks(): main.ts stops on SIGTERM itself (running jobs get SHUTDOWN_GRACE_MS, then close).
  return NestFactory.createApplicationContext(module, { logger: createAppLogger('worker') });
}
