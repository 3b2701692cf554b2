import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, onShutdownSignals } from '@luodi/core';
import { createWorkerApp } from './worker.factory';
import { drainWorkers } from './worker-drain';

async function bootstrap(): Promise<void> {
  const config = loadConfig(); // validate before connecting anywhere; the API applies migrations, never the worker
  const logger = new Logger('worker');
  const app = await createWorkerApp();
  await app.init();
  onShutdownSignals({
    graceMs: config.shutdownGraceMs,
    log: logger,
    drain: async (deadline) => {
      const forced = await drainWorkers(app, deadline);
      if (forced > 0)
        logger.warn(`${forced} queue worker(s) still busy at the end of the grace period: stopped`);
    },
    close: () => app.close(),
  });
  logger.log('Luodi worker started');
}

bootstrap().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('Worker failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
