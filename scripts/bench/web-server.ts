/**
 * What the browser benchmarks (bench:web, bench:cockpit) share: the built web app, a supervisor to sign in as, and
 * the API started in this process on a free port serving the web app against the scratch database.
 */
import { spawnSync } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { log } from './scratch-database';

const ROOT = join(__dirname, '..', '..');

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Builds the web app unless dist/web is newer than its sources. `BENCH_WEB_DIR` serves another build instead (say,
 * a copy of an earlier commit's dist/web, to interleave before and after in one database): no build then.
 */
export function ensureWebBuild(): void {
  if (process.env.BENCH_WEB_DIR) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { webBuildIsCurrent } = require('../web/web-sources') as { webBuildIsCurrent: () => boolean };
  if (webBuildIsCurrent()) return;
  log('building the web app');
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-web.js')], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  if (r.status !== 0) throw new Error('web build failed');
}

/** A supervisor (分管领导) with this email and password in the scratch database. */
export async function addSupervisor(url: string, email: string, password: string): Promise<void> {
  const { hashPassword } = await import('@luodi/users/password-hasher');
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, '分管领导', 'supervisor', $2)
       ON CONFLICT DO NOTHING`,
      [email, await hashPassword(password)],
    );
  } finally {
    await c.end();
  }
}

/** The API in this process on a free port, serving dist/web (or `BENCH_WEB_DIR`), with its own BullMQ prefix. */
export async function startApiServingWeb(url: string, name: string) {
  process.env.DATABASE_URL = url;
  process.env.MIGRATE_ON_START = 'false';
  process.env.WEB_DIR = process.env.BENCH_WEB_DIR ?? join(ROOT, 'dist', 'web');
  process.env.QUEUE_PREFIX = `luodi-bench-${name}-${process.pid}`;
  process.env.NODE_ENV = 'test'; // warnings and errors only, not Nest's start-up lines
  const { createApiApp } = await import('../../apps/api/src/app.factory');
  const app = await createApiApp();
  app.useLogger(['error']);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, base: `http://127.0.0.1:${port}` };
}
