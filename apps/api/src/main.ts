import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, ensureDatabase, loadConfig, onShutdownSignals, runMigrations } from '@luodi/core';
import { createApiApp } from './app.factory';
import { HttpDrain } from './http/http-drain';

async function bootstrap(): Promise<void> {
  const logger = new Logger('api');
  const config = loadConfig();
  if (config.migrateOnStart) {
    // Convenience for local runs; where the role may not create databases, the database must already exist.
    await ensureDatabase(config.databaseUrl).catch((err: Error) =>
      logger.warn(`Could not ensure database: ${err.message}`),
    );
    const applied = await runMigrations(config.databaseUrl);
    if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
  }
  const app = await createApiApp();
  const drain = new HttpDrain(app);
  await app.listen({ port: config.port, host: '0.0.0.0' });
  onShutdownSignals({
    graceMs: config.shutdownGraceMs,
    log: logger,
    drain: async (deadline) => {
      const { cut } = await drain.drain(deadline);
      if (cut > 0) logger.warn(`${cut} connection(s) still open at the end of the grace period: closed`);
    },
    close: () => app.close(),
  });
  logger.log(`Luodi API listening on port ${config.port}`);
}

bootstrap().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('API failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
