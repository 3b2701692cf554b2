import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../../libs/core/src/database/database-admin';
import { databaseUrl, TEST_PG_URL } from './test-env';

/**
 * Once per `npm test`: a template database with the migrations applied. Each test file then gets its own
 * fresh copy (CREATE DATABASE … TEMPLATE), so files never see each other's data, and every run its own names.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const template = `luodi_test_${runId}_tpl`;
  const admin = new Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  await runMigrations(databaseUrl(template));
  process.env.LUODI_TEST_RUN_ID = runId;
  process.env.LUODI_TEST_TEMPLATE_DB = template;
  process.env.NODE_ENV = 'test';
}
