import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
// Jest loads global setup without its moduleNameMapper, so this one file reaches the lib by path.
// eslint-disable-next-line no-restricted-imports
import { runMigrations } from '../../libs/core/src/database/database-admin';
import { databaseUrl, TEST_PG_URL } from './test-env';

/**
 * Once per `npm test`: a template database with the migrations applied. Each test file then gets its own
 * fresh copy (CREATE DATABASE … TEMPLATE), so files never see each other's data, and every run its own names.
 */
export default async function globalSetup(): Promise<void> {
  buildWebAppIfStale();
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

/**
 * The browser tests drive the built web app that the API serves: build it when dist/web is missing or was built
 * from other sources (a fresh clone, or web code changed since), so `npm test` never tests a stale build.
 */
function buildWebAppIfStale(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { webBuildIsCurrent } = require('../../scripts/web/web-sources') as {
    webBuildIsCurrent: () => boolean;
  };
  if (webBuildIsCurrent()) return;
  const root = join(__dirname, '..', '..');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-web.js')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('building the web app for the browser tests failed');
}
