#!/usr/bin/env node
// `npm run dev`: Luodi without Docker. Creates the database and applies migrations when needed, then runs the
// API and the worker together from the TypeScript sources against the local PostgreSQL, Redis and SMTP, and the
// web app with Vite's hot reload (http://localhost:5173, or the next free port), proxying /api to the API.
const { spawn, spawnSync } = require('node:child_process');
const { ensureServices } = require('./services');

async function main() {
  await ensureServices({
    databaseUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/luodi',
    redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  });
  const migrate = spawnSync(process.execPath, ['-r', '@swc-node/register', 'scripts/migrate.ts'], { stdio: 'inherit' });
  if (migrate.status !== 0) process.exit(migrate.status ?? 1);
  const env = { ...process.env, MIGRATE_ON_START: 'false' };
  const children = ['apps/api/src/main.ts', 'apps/worker/src/main.ts'].map((entry) =>
    spawn(process.execPath, ['-r', '@swc-node/register', entry], { stdio: 'inherit', env }),
  );
  const vite = require('node:path').join(require('node:path').dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  children.push(
    spawn(process.execPath, [vite, '--config', 'apps/web/vite.config.mts'], {
      stdio: 'inherit',
      env: { ...env, API_URL: `http://localhost:${process.env.PORT || 3000}` },
    }),
  );
  const stop = (signal) => children.forEach((c) => c.kill(signal));
  process.on('SIGINT', () => stop('SIGTERM'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  for (const child of children) {
    child.on('exit', (code) => {
      stop('SIGTERM');
      process.exitCode = code ?? 0;
    });
  }
}

main();
