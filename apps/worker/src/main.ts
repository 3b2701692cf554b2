import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@luodi/core';
import { createWorkerApp } from './worker.factory';

async function bootstrap(): Promise<void> {
  loadConfig(); // validate before connecting anywhere; the API applies migrations, never the worker
  const app = await createWorkerApp();
  await app.init();
  new Logger('worker').log('Luodi worker started');
}

bootstrap().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('Worker failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
