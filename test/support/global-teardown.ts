import { Client } from 'pg';
import { TEST_PG_URL } from './test-env';

/** Drops every database this run created (the template and the per-file copies). */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.LUODI_TEST_RUN_ID;
  if (!runId) return;
  const admin = new Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`luodi_test_${runId}_%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
