import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl, TEST_PG_URL } from './test-env';

/** A fresh database for one test file, copied from the run's migrated template. */
export async function createTestDatabase(): Promise<{
  url: string;
  name: string;
  drop: () => Promise<void>;
}> {
  const runId = process.env.LUODI_TEST_RUN_ID;
  const template = process.env.LUODI_TEST_TEMPLATE_DB;
  if (!runId || !template) throw new Error('global-setup did not run');
  const name = `luodi_test_${runId}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(name),
    name,
    drop: async () => {
      const c = new Client({ connectionString: TEST_PG_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
