/**
 * `BENCH_REUSE=luodi_bench_<hex> node -r @swc-node/register scripts/profile-api.ts
 *   [--routes=read,patch,transition,activity] [--duration=5] [--rounds=3] [--connections=50] [dist[@database] ...]`:
 * the everyday per-lead routes alone (no baselines, no creates) on a database kept by bench:api (BENCH_KEEP=1),
 * against one or more servers: a build (`dist`, or a copy of an earlier one) on that database or on a copy of it
 * (`dist@<copy>`, e.g. with a migration applied: `CREATE DATABASE <copy> TEMPLATE <kept>`), alternating between
 * them round after round (A B, A B) so the machine's noise falls on each. Prints each run's req/s, p99, the API
 * process's CPU ms per request and PostgreSQL's (the backends serving that database), the load average, and the
 * medians per server. With BENCH_CPU_PROF=<dir> each API writes a CPU profile there when stopped.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { drive, perLeadRoute, readLeadRoute, Route, RunResult, WorkLead } from './bench/api-load';
import { log } from './bench/scratch-database';
import { cpuMs, login, Server, startLuodi, stop, waitIdle } from './bench/servers';

/** CPU time (user + system, ms) of each PostgreSQL backend serving `database`, by pid. */
async function backendCpu(db: Client, database: string): Promise<Map<number, number>> {
  const { rows } = await db.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [database],
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows)
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // gone
    }
  return cpu;
}

/** PostgreSQL CPU spent between two readings (backends that started in between count from zero). */
function spent(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}

/** The requests, counting each answer other than 2xx by status and the start of its body. */
function noteFailures(requests: autocannon.Request[], failures: Map<string, number>): autocannon.Request[] {
  return requests.map((req) => ({
    ...req,
    onResponse: (status, body, context, headers) => {
      if (status < 200 || status >= 300) {
        const key = `${status} ${body.slice(0, 120)}`;
        failures.set(key, (failures.get(key) ?? 0) + 1);
      }
      if (typeof req.onResponse === 'function') req.onResponse(status, body, context, headers);
    },
  }));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const wanted = (flag('routes') ?? 'read').split(',');
  const seconds = Number(flag('duration') ?? 5);
  const rounds = Number(flag('rounds') ?? 3);
  const connections = Number(flag('connections') ?? 50);
  // Each server: `dist` or `dist@database` (another copy of the data, e.g. with a migration applied).
  const specs = argv.filter((a) => !a.startsWith('--'));
  if (specs.length === 0) specs.push('dist');
  const reuse = process.env.BENCH_REUSE;
  if (!reuse) throw new Error('BENCH_REUSE=<a database kept by bench:api> is needed');
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/luodi';
  const setups = specs.map((spec) => {
    const [dist, database = reuse] = spec.split('@');
    const url = new URL(base);
    url.pathname = `/${database}`;
    return {
      dist: resolve(dist),
      database,
      url: url.toString(),
      db: new Client({ connectionString: url.toString() }),
    };
  });
  for (const x of setups) await x.db.connect();
  const servers: Server[] = [];
  try {
    const { rows: readRows } = await setups[0].db.query<{ id: string }>(
      `SELECT id FROM leads ORDER BY md5(id::text) LIMIT 2000`,
    );
    // Work leads: open leads at stage `lead` or `signed`, a set per server and route (copies hold the same ids).
    const { rows: work } = await setups[0].db.query<WorkLead>(
      `SELECT id, version, stage FROM leads WHERE stage IN ('lead', 'signed') ORDER BY md5(id::text) LIMIT $1`,
      [setups.length * 3 * 2 * connections],
    );
    for (const [i, x] of setups.entries())
      servers.push(await startLuodi(x.url, 'bench-admin-password-2024', `build${i}`, x.dist));
    const tokens = await Promise.all(servers.map(login));
    const refresher = (db: Client) => async (leads: WorkLead[]) => {
      const { rows } = await db.query<WorkLead>(`SELECT id, version, stage FROM leads WHERE id = ANY($1)`, [
        leads.map((l) => l.id),
      ]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const l of leads) Object.assign(l, byId.get(l.id));
    };
    const slice = (s: number, k: number) =>
      work.slice((s * 3 + k) * 2 * connections, (s * 3 + k + 1) * 2 * connections);
    let note = 0;
    const routesFor = (s: number): Record<string, Route> => {
      const refresh = refresher(setups[s].db);
      return {
        read: readLeadRoute(readRows.map((r) => r.id)),
        patch: perLeadRoute(
          'PATCH /leads/:id',
          'PATCH',
          '',
          slice(s, 0),
          (l) => ({
            notes: `压测备注${++note}`,
            version: l.version,
          }),
          refresh,
        ),
        transition: perLeadRoute(
          'POST /leads/:id/transitions',
          'POST',
          '/transitions',
          slice(s, 1),
          (l) =>
            l.stage === 'lead'
              ? { to: 'signed', signedAmountWan: '2000', version: l.version }
              : { to: 'lead', reason: '压测：退回重新洽谈', version: l.version },
          refresh,
        ),
        activity: perLeadRoute(
          'POST /leads/:id/activities',
          'POST',
          '/activities',
          slice(s, 2),
          () => ({
            kind: 'call',
            occurredAt: new Date(Date.now() - 60_000).toISOString(),
            summary: '电话沟通（压测）',
          }),
          refresh,
        ),
      };
    };
    const perServer = servers.map((_, s) => routesFor(s));
    log('warm-up: 2 s of each route on each server');
    for (const name of wanted)
      for (const [s, server] of servers.entries()) {
        const route = perServer[s][name];
        await route.beforeRun?.();
        await drive(
          server.origin,
          route.requests({ authorization: `Bearer ${tokens[s]}` }, server.prefix),
          connections,
          2,
        );
        await waitIdle(server);
      }
    const results = new Map<string, RunResult[]>();
    const pgCpu = new Map<string, number[]>();
    const failures = new Map<string, number>();
    for (let round = 1; round <= rounds; round++)
      for (const name of wanted)
        for (const [s, server] of servers.entries()) {
          const route = perServer[s][name];
          // Left-over requests of the previous run finish before the work leads' versions are read again.
          await waitIdle(server);
          await route.beforeRun?.();
          const pgBefore = await backendCpu(setups[s].db, setups[s].database);
          const before = cpuMs(server);
          const r = await drive(
            server.origin,
            noteFailures(route.requests({ authorization: `Bearer ${tokens[s]}` }, server.prefix), failures),
            connections,
            seconds,
          );
          const after = cpuMs(server);
          if (failures.size > 0) log(`  answers other than 2xx: ${[...failures].join('; ')}`);
          failures.clear();
          const pgMs = spent(pgBefore, await backendCpu(setups[s].db, setups[s].database));
          await waitIdle(server);
          if (before !== null && after !== null && r.requests > 0)
            r.cpuMsPerRequest = (after - before) / r.requests;
          const key = `${name}\u0000${s}`;
          results.set(key, [...(results.get(key) ?? []), r]);
          const pgPer = r.requests > 0 ? pgMs / r.requests : NaN;
          pgCpu.set(key, [...(pgCpu.get(key) ?? []), pgPer]);
          log(
            `round ${round} ${server.name} ${route.name.padEnd(28)} ${r.reqPerSec.toFixed(0).padStart(6)} req/s` +
              `  p99 ${String(r.p99).padStart(5)} ms  errors ${r.errors}  cpu ${r.cpuMsPerRequest?.toFixed(2)} ms/req` +
              `  pg ${pgPer.toFixed(2)} ms/req  load ${loadavg()[0].toFixed(1)}`,
          );
        }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    for (const name of wanted)
      for (const [s, { dist, database }] of setups.entries()) {
        const runs = results.get(`${name}\u0000${s}`) ?? [];
        log(
          `${name.padEnd(10)} build${s} (${dist}@${database}): median ${median(runs.map((r) => r.reqPerSec)).toFixed(0)} req/s, ` +
            `cpu ${median(runs.map((r) => r.cpuMsPerRequest ?? NaN)).toFixed(2)} ms/req, ` +
            `pg ${median(pgCpu.get(`${name}\u0000${s}`) ?? []).toFixed(2)} ms/req, errors ${runs.reduce((a, r) => a + r.errors, 0)}`,
        );
      }
  } finally {
    for (const s of servers) await stop(s);
    for (const x of setups) await x.db.end();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`profile failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
