#!/usr/bin/env node
// `npm test`: makes sure PostgreSQL and Redis are there, then runs Jest (unit + end-to-end) with TZ=UTC,
// so nothing depends on the machine's time zone. Extra arguments go to Jest.
const { spawnSync } = require('node:child_process');
const { ensureServices } = require('./services');

async function main() {
  await ensureServices({
    databaseUrl: process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  });
  const result = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC', NODE_ENV: 'test' },
  });
  process.exit(result.status ?? 1);
}

main();
