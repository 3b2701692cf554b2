/** A scratch database for a benchmark: its own name, migrations applied, dropped at the end (also on Ctrl-C). */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig, runMigrations } from '@luodi/core';

export const log = (message: string) =>
  process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

function scratchUrl(base: string, name: string): { admin: string; scratch: string } {
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const scratch = new URL(base);
  scratch.pathname = `/${name}`;
  return { admin: admin.toString(), scratch: scratch.toString() };
}

/** Runs `fn` against a fresh migrated database on DATABASE_URL's server; BENCH_KEEP=1 keeps it. */
export async function withScratchDatabase(fn: (url: string) => Promise<void>): Promise<void> {
  const base = loadConfig().databaseUrl;
  const name = `luodi_bench_${randomBytes(4).toString('hex')}`;
  const { admin, scratch } = scratchUrl(base, name);
  const drop = async () => {
    if (process.env.BENCH_KEEP === '1') return log(`kept ${name} (BENCH_KEEP=1): drop it yourself`);
    const c = new Client({ connectionString: admin });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      log(`dropped ${name}`);
    } finally {
      await c.end();
    }
  };
  process.once('SIGINT', () => void drop().finally(() => process.exit(130)));
  const c = new Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  log(`scratch database ${name}`);
  try {
    log(`migrations: ${(await runMigrations(scratch)).join(', ')}`);
    await fn(scratch);
  } finally {
    await drop();
  }
}

/** Runs `fn` against a database kept by an earlier run (BENCH_KEEP=1), its pending migrations applied; keeps it. */
export async function withKeptDatabase(name: string, fn: (url: string) => Promise<void>): Promise<void> {
  if (!/^luodi_bench_[0-9a-f]{8}$/.test(name))
    throw new Error(`BENCH_REUSE: not a kept bench database: ${name}`);
  const { scratch } = scratchUrl(loadConfig().databaseUrl, name);
  log(
    `reusing ${name} (BENCH_REUSE); pending migrations: ${(await runMigrations(scratch)).join(', ') || 'none'}`,
  );
  await fn(scratch);
}
