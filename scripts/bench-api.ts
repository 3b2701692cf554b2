/**
 * `npm run bench:api [-- 10k 100k 1M] [--smoke] [--duration=10] [--rounds=2] [--connections=50] [--no-build]
 *   [--before=<dist>] [--routes=<names>]`:
 * the API's everyday routes under load, beside two baselines in bench/ (bare Fastify + pg; a default Nest +
 * Express + TypeORM app) doing the same single-row insert and primary-key read against the same PostgreSQL.
 *
 * For each size: a scratch database with the generated pipeline (the loader of bench:reports), the compiled API
 * (`nest build api`, then `node dist/apps/api/main.js`, NODE_ENV=production) and both baselines, each its own
 * process on a free port; autocannon drives them from this process. Runs are interleaved (bare, typical, Luodi;
 * bare, typical, Luodi) so the machine's noise falls on all three. Prints req/s, p50, p99 and errors per run and
 * server, each route's ratio to both baselines, each server's peak RSS, and with several sizes each route's p50
 * growth. `--smoke` (10k leads, 2 s per route, one round) also checks every 2xx body, and fails on a crash or an
 * error (an answer other than 2xx or 503, a failed connection, a wrong body), never on speed nor on overload
 * (timeouts and 503s, reported apart).
 * The worker does not run; as it would every 5 s, the summaries' pending deltas are folded before each run (and
 * after the load), so the reports read them as a running system keeps them.
 * `--routes=<name>,<name>` runs only those routes after the two the baselines share (e.g. for a CPU profile).
 * `POST /leads` creates firms with realistic, varied names (scripts/bench/api-load.ts); the row
 * `POST /leads (generated look-alike names)` creates 压测企业<size>-<n>, which all look alike (the similar-companies
 * check's worst case). `BENCH_REUSE=luodi_bench_<hex>` runs on a database kept by an earlier run (BENCH_KEEP=1) or
 * copied from a template (one size: the size argument only labels it).
 * `--before=<dist>` also starts another build of the API (e.g. a copy of `dist` from before a change, kept inside
 * the repository so node_modules resolve) as server `before`, run beside Luodi on every route: each change's
 * effect as a ratio of the same run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { BASELINE_TABLE_SQL } from '../bench/baseline-table';
import {
  createLeadRoute,
  drive,
  getRoute,
  newLeadBody,
  perLeadRoute,
  readLeadRoute,
  Route,
  WorkLead,
} from './bench/api-load';
import { foldSummaries, loadPipeline } from './bench/pipeline-loader';
import { log, withKeptDatabase, withScratchDatabase } from './bench/scratch-database';
import {
  BENCH_EMAIL as EMAIL,
  BENCH_PASSWORD as PASSWORD,
  cpuMs,
  login,
  peakRssMb,
  Server,
  startBaseline,
  startLuodi,
  stop,
  waitIdle,
} from './bench/servers';
import { printGrowth, printResults, SizeResults } from './bench/api-report';

const ROOT = join(__dirname, '..');

function parseArgs(argv: string[]) {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const smoke = argv.includes('--smoke');
  const sizes = argv
    .filter((a) => !a.startsWith('--'))
    .map((a) => {
      const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(a);
      if (!m) throw new Error(`not a size: ${a} (write 10k, 100k or 1M)`);
      return Math.round(Number(m[1]) * { '': 1, k: 1e3, m: 1e6 }[m[2].toLowerCase() as '' | 'k' | 'm']);
    });
  return {
    smoke,
    sizes: smoke ? [10_000] : sizes.length ? sizes : [10_000],
    seconds: Number(flag('duration') ?? (smoke ? 2 : 10)),
    rounds: Number(flag('rounds') ?? (smoke ? 1 : 2)),
    connections: Number(flag('connections') ?? 50),
    build: !argv.includes('--no-build') && !(smoke && existsSync(join(ROOT, 'dist/apps/api/main.js'))),
    before: flag('before'),
    /** `--routes=POST /leads,GET /leads/:id`: only these (exact names; the baselines' two always run first). */
    routes: flag('routes')?.split(','),
  };
}

function buildApi(): void {
  log('building the API (nest build api)');
  const nest = join(ROOT, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js');
  for (const args of [[nest, 'build', 'api'], [join(ROOT, 'scripts', 'link-entrypoints.js')]]) {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('API build failed');
  }
}

async function prepare(url: string): Promise<string[]> {
  const { hashPassword } = await import('@luodi/users/password-hasher');
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, '分管领导', 'supervisor', $2) ON CONFLICT DO NOTHING`,
      [EMAIL, await hashPassword(PASSWORD)],
    );
    await c.query(`DROP TABLE IF EXISTS bench_baseline_leads`); // a reused database has one already
    await c.query(BASELINE_TABLE_SQL);
    const { rows } = await c.query<{ id: string }>(`SELECT id FROM leads ORDER BY random() LIMIT 2000`);
    return rows.map((r) => r.id);
  } finally {
    await c.end();
  }
}

async function call(server: Server, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text || 'null') as Record<string, unknown>;
}

/** Leads created through the API for the per-lead write routes (at stage `lead`, owned by the supervisor). */
async function workLeads(luodi: Server, token: string, n: number): Promise<WorkLead[]> {
  const leads: WorkLead[] = [];
  for (let i = 0; i < n; i += 10) {
    const made = await Promise.all(
      Array.from({ length: Math.min(10, n - i) }, () =>
        call(luodi, token, 'POST', '/leads', JSON.parse(newLeadBody('work'))),
      ),
    );
    for (const l of made)
      leads.push({ id: String(l.id), version: Number(l.version), stage: String(l.stage) });
  }
  return leads;
}

function refresher(url: string) {
  return async (leads: WorkLead[]) => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      const { rows } = await c.query<{ id: string; version: number; stage: string }>(
        `SELECT id, version, stage FROM leads WHERE id = ANY($1)`,
        [leads.map((l) => l.id)],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const l of leads) Object.assign(l, byId.get(l.id));
    } finally {
      await c.end();
    }
  };
}

async function benchSize(url: string, leads: number, opts: ReturnType<typeof parseArgs>, load = true) {
  if (load) await loadPipeline(url, leads);
  const readIds = await prepare(url);
  const servers: Server[] = [];
  const folder = new Client({ connectionString: url });
  await folder.connect();
  try {
    servers.push(await startBaseline('bare', 'bare-fastify.ts', url));
    servers.push(await startBaseline('typical', 'nest-express-typeorm.ts', url));
    const luodi = await startLuodi(url, 'bench-admin-password-2024');
    servers.push(luodi);
    const before = opts.before
      ? await startLuodi(url, 'bench-admin-password-2024', 'before', resolve(opts.before))
      : null;
    if (before) servers.push(before);
    const [bare, typical] = servers;
    const token = await login(luodi);
    const beforeToken = before ? await login(before) : '';
    await call(luodi, token, 'PUT', '/targets/2024', { signedAmountWan: '6000000' });
    const work = await workLeads(luodi, token, 6 * opts.connections);
    const perRoute = (i: number) => work.slice(i * 2 * opts.connections, (i + 1) * 2 * opts.connections);
    const refresh = refresher(url);
    const fold = () => foldSummaries(folder, true);
    const activityAt = () => new Date(Date.now() - 60_000).toISOString();
    let note = 0;
    const routes: [Route, Server[]][] = [
      [createLeadRoute(String(leads)), [bare, typical, luodi]],
      [readLeadRoute(readIds), [bare, typical, luodi]],
      [createLeadRoute(String(leads), true), [luodi]],
      [getRoute('GET /leads?stage&track', '/leads?stage=signed&track=new_energy&limit=50'), [luodi]],
      [getRoute('GET /leads?q=企业42', `/leads?q=${encodeURIComponent('企业42')}&limit=50`), [luodi]],
      [
        perLeadRoute(
          'PATCH /leads/:id',
          'PATCH',
          '',
          perRoute(0),
          (l) => ({ notes: `压测备注${++note}`, version: l.version }),
          refresh,
        ),
        [luodi],
      ],
      [
        perLeadRoute(
          'POST /leads/:id/transitions',
          'POST',
          '/transitions',
          perRoute(1),
          (l) =>
            l.stage === 'lead'
              ? { to: 'signed', signedAmountWan: '2000', version: l.version }
              : { to: 'lead', reason: '压测：退回重新洽谈', version: l.version },
          refresh,
        ),
        [luodi],
      ],
      [
        perLeadRoute(
          'POST /leads/:id/activities',
          'POST',
          '/activities',
          perRoute(2),
          () => ({ kind: 'call', occurredAt: activityAt(), summary: '电话沟通（压测）' }),
          refresh,
        ),
        [luodi],
      ],
      [getRoute('GET /targets/2024/progress', '/targets/2024/progress'), [luodi]],
      [getRoute('GET /reports/funnel', '/reports/funnel'), [luodi]],
      [getRoute('GET /reports/overdue', '/reports/overdue'), [luodi]],
    ];
    if (opts.routes) {
      const wanted = opts.routes;
      routes.splice(0, routes.length, ...routes.filter(([r], i) => i < 2 || wanted.includes(r.name)));
    }
    if (before) for (const entry of routes) if (entry[1].includes(luodi)) entry[1].push(before);
    const auth = (s: Server): Record<string, string> =>
      s === luodi
        ? { authorization: `Bearer ${token}` }
        : s === before
          ? { authorization: `Bearer ${beforeToken}` }
          : {};
    if (!opts.smoke) {
      log('warm-up: 2 s of each baseline route on each server');
      for (const [route, on] of routes.slice(0, 2))
        for (const s of on) await drive(s.origin, route.requests(auth(s), s.prefix), opts.connections, 2);
    }
    const results: SizeResults = { leads, runs: new Map(), rss: new Map() };
    for (let round = 1; round <= opts.rounds; round++) {
      for (const [route, on] of routes) {
        for (const s of on) {
          await route.beforeRun?.();
          await waitIdle(s);
          // The worker (not running here) folds the summaries every 5 s: the reports read them folded.
          await fold();
          const cpuBefore = cpuMs(s);
          // The smoke run also checks every 2xx body; a measuring run does not (parsing would cost it).
          const r = await drive(
            s.origin,
            route.requests(auth(s), s.prefix),
            opts.connections,
            opts.seconds,
            opts.smoke ? route.answers : undefined,
          );
          const cpuAfter = cpuMs(s);
          // Its left-over requests finish before the next server's run reads the work leads' versions.
          await waitIdle(s);
          if (cpuBefore !== null && cpuAfter !== null && r.requests > 0)
            r.cpuMsPerRequest = (cpuAfter - cpuBefore) / r.requests;
          if (s.exited) throw new Error(`${s.name} crashed during ${route.name}: ${s.stderrTail}`);
          const key = `${route.name}\u0000${s.name}`;
          results.runs.set(key, [...(results.runs.get(key) ?? []), r]);
          log(
            `round ${round} ${s.name.padEnd(7)} ${route.name.padEnd(30)} ${r.reqPerSec.toFixed(0).padStart(6)} req/s` +
              `  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  errors ${r.errors}` +
              `  timeouts ${r.timeouts}  503 ${r.unavailable}` +
              `  cpu ${r.cpuMsPerRequest?.toFixed(2) ?? '?'} ms/req`,
          );
        }
      }
    }
    for (const s of servers) results.rss.set(s.name, peakRssMb(s));
    results.routes = routes.map(([r]) => ({ name: r.name, kind: r.kind }));
    return results;
  } finally {
    for (const s of servers) await stop(s);
    await folder.end();
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) buildApi();
  const all: SizeResults[] = [];
  for (const size of opts.sizes) {
    const reuse = process.env.BENCH_REUSE;
    if (reuse)
      await withKeptDatabase(reuse, async (url) => void all.push(await benchSize(url, size, opts, false)));
    else
      await withScratchDatabase(async (url) => {
        all.push(await benchSize(url, size, opts));
      });
    printResults(all[all.length - 1], opts);
  }
  const { errors, overload, answered } = printGrowth(all, opts);
  if (!opts.smoke) return;
  // Timeouts and 503s are what a starved machine does: reported, never a failure. An API that answered nothing
  // at all, though, has shown nothing.
  if (errors > 0) throw new Error(`${errors} error answers in the smoke run`);
  if (answered === 0)
    throw new Error(`the API answered no request in the smoke run (${overload} timeouts or 503)`);
  if (overload > 0) log(`smoke: ${overload} timeouts or 503 answers, counted as overload, not as errors`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
