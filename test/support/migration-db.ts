import { DataSource, QueryRunner } from 'typeorm';
import { dataSourceOptions } from '@luodi/core';
import { createTestEnv } from './harness';

/** A fresh migrated database and one query runner on it: what a migration's e2e test runs `up`/`down` and SQL on. */
export interface MigrationTestDb {
  qr: QueryRunner;
  /** Releases the runner, closes the connection and drops the database. */
  close(): Promise<void>;
}

export async function openMigrationTestDb(): Promise<MigrationTestDb> {
  const env = await createTestEnv();
  const ds = new DataSource(dataSourceOptions(env.config.databaseUrl));
  await ds.initialize();
  const qr = ds.createQueryRunner();
  return {
    qr,
    close: async () => {
      await qr.release();
      await ds.destroy();
      await env.dropDatabase();
    },
  };
}
