/**
 * `npm run bench:reports`: loads a generated pipeline of 1M leads with histories into a scratch database and
 * prints each report's median latency next to a bare GROUP BY over the same table.
 *
 * The scratch database gets its own name (luodi_bench_<random>) on the server of DATABASE_URL and is dropped at
 * the end, also on failure or Ctrl-C. Rows are generated set-based (INSERT … SELECT generate_series), in chunks
 * so progress shows. BENCH_LEADS (default 1000000) and BENCH_RUNS (default 5) change the size and repetitions;
 * BENCH_KEEP=1 keeps the database for EXPLAIN (drop it yourself).
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, rowsOf, runMigrations, SystemClock } from '../libs/core/src';
import { ReportsService } from '../libs/reports/src/reports.service';
import { FunnelRepository } from '../libs/reports/src/funnel.repository';
import { OverdueRepository } from '../libs/reports/src/overdue.repository';
import { BatchesRepository } from '../libs/reports/src/batches.repository';
import { OwnersRepository } from '../libs/reports/src/owners.repository';
import { KpisRepository } from '../libs/reports/src/kpis.repository';
import { TargetsService } from '../libs/targets/src/targets.service';
import { TargetsRepository } from '../libs/targets/src/targets.repository';
import { TargetTotalsRepository } from '../libs/targets/src/target-totals.repository';

const LEADS = Number(process.env.BENCH_LEADS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHUNK = 100_000;
const OWNERS = 200;

const log = (message: string) =>
  process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

function scratchUrl(base: string, name: string): { admin: string; scratch: string } {
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const scratch = new URL(base);
  scratch.pathname = `/${name}`;
  return { admin: admin.toString(), scratch: scratch.toString() };
}

/**
 * One chunk of leads [lo, hi]: each lead gets a highest stage reached (lead 40%, signed 20%, landed 15%,
 * construction 13%, production 12%), a quarter of them lost from that stage, one forward transition per stage
 * at a per-lead pace, a back-and-forth pair for 3%, three months of investments once landed, and 1–2 activities.
 */
async function loadChunk(c: Client, lo: number, hi: number): Promise<void> {
  await c.query(
    `
    CREATE TEMP TABLE plan ON COMMIT DROP AS
    SELECT i, gen_random_uuid() AS id,
           timestamptz '2022-01-01 00:00+08' + (random() * interval '1280 days') AS created_at,
           CASE WHEN r < 0.40 THEN 1 WHEN r < 0.60 THEN 2 WHEN r < 0.75 THEN 3 WHEN r < 0.88 THEN 4 ELSE 5 END AS top,
           random() < 0.25 AS lost,
           random() < 0.03 AS wobble,
           10 + floor(random() * 80)::int AS gap,
           (1 + floor(random() * 200000)) + floor(random() * 10000) / 10000 AS planned,
           (1 + floor(random() * 300000)) + floor(random() * 10000) / 10000 AS signed
      FROM (SELECT i, random() AS r FROM generate_series($1::int, $2::int) AS i) g`,
    [lo, hi],
  );
  await c.query(`
    INSERT INTO leads (id, company_name, company_key, project_name, project_key, track, park, planned_investment_wan,
      signed_amount_wan, stage, stage_entered_at, stage_deadline, lost_from_stage, owner_id, signed_at, first_signed_at,
      landed_at, construction_started_at, production_started_at, created_at)
    SELECT p.id, '企业' || p.i, 'company' || p.i, '项目' || p.i, 'project' || p.i,
           (ARRAY['equipment','new_energy','new_materials','semiconductors'])[1 + p.i % 4],
           CASE WHEN p.i % 7 = 0 THEN NULL ELSE (ARRAY['yangqu','tanghuai','xiaohe'])[1 + p.i % 3] END,
           p.planned, CASE WHEN p.top >= 2 THEN p.signed END,
           CASE WHEN p.lost THEN 'lost' ELSE s.stage END,
           d.created_on + (p.top - 1 + p.lost::int) * p.gap,
           CASE WHEN p.lost OR p.top = 5 THEN NULL
                ELSE d.created_on + (p.top - 1) * p.gap + (ARRAY[90, 90, 60, 365])[p.top] END,
           CASE WHEN p.lost THEN s.stage END,
           (SELECT id FROM bench_owners o WHERE o.n = p.i % ${OWNERS}),
           CASE WHEN p.top >= 2 THEN d.created_on + p.gap END,
           CASE WHEN p.top >= 2 THEN d.created_on + p.gap END,
           CASE WHEN p.top >= 3 THEN d.created_on + 2 * p.gap END,
           CASE WHEN p.top >= 4 THEN d.created_on + 3 * p.gap END,
           CASE WHEN p.top >= 5 THEN d.created_on + 4 * p.gap END,
           p.created_at
      FROM plan p
      CROSS JOIN LATERAL (SELECT (p.created_at AT TIME ZONE 'Asia/Shanghai')::date AS created_on) d
      CROSS JOIN LATERAL (SELECT (ARRAY['lead','signed','landed','construction','production'])[p.top] AS stage) s`);
  const stages = `(ARRAY['lead','signed','landed','construction','production'])`;
  await c.query(`
    INSERT INTO lead_transitions (lead_id, from_stage, to_stage, date, at)
    SELECT p.id, ${stages}[k], ${stages}[k + 1], (p.created_at AT TIME ZONE 'Asia/Shanghai')::date + k * p.gap,
           p.created_at + k * interval '1 day' * p.gap
      FROM plan p, generate_series(1, p.top - 1) AS k
    UNION ALL
    SELECT p.id, ${stages}[p.top], 'lost', (p.created_at AT TIME ZONE 'Asia/Shanghai')::date + p.top * p.gap,
           p.created_at + p.top * interval '1 day' * p.gap
      FROM plan p WHERE p.lost
    UNION ALL
    SELECT p.id, ${stages}[p.top], ${stages}[p.top - 1], (p.created_at AT TIME ZONE 'Asia/Shanghai')::date + (p.top - 1) * p.gap,
           p.created_at + ((p.top - 1) * p.gap) * interval '1 day' + interval '1 minute'
      FROM plan p WHERE p.wobble AND p.top >= 2
    UNION ALL
    SELECT p.id, ${stages}[p.top - 1], ${stages}[p.top], (p.created_at AT TIME ZONE 'Asia/Shanghai')::date + (p.top - 1) * p.gap,
           p.created_at + ((p.top - 1) * p.gap) * interval '1 day' + interval '2 minutes'
      FROM plan p WHERE p.wobble AND p.top >= 2`);
  await c.query(`
    INSERT INTO lead_investments (lead_id, month, paid_in_wan, completed_wan)
    SELECT p.id, date_trunc('month', (p.created_at AT TIME ZONE 'Asia/Shanghai')::date + 2 * p.gap)::date
                 + make_interval(months => m),
           floor(random() * 5000000) / 10000, floor(random() * 5000000) / 10000
      FROM plan p, generate_series(0, 2) AS m WHERE p.top >= 3`);
  await c.query(`
    INSERT INTO lead_activities (lead_id, kind, occurred_at, summary, by_user_id)
    SELECT p.id, 'call', p.created_at + random() * interval '400 days', '电话沟通',
           (SELECT id FROM bench_owners o WHERE o.n = p.i % ${OWNERS})
      FROM plan p, generate_series(1, 1 + p.i % 2) AS a`);
}

async function load(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`
      CREATE TABLE bench_owners AS
      SELECT n, gen_random_uuid() AS id FROM generate_series(0, ${OWNERS - 1}) AS n`);
    await c.query(`CREATE UNIQUE INDEX ON bench_owners (n)`);
    await c.query(`
      INSERT INTO users (id, email, name, role, password_hash)
      SELECT id, 'owner' || n || '@bench.luodi', '招商专员' || n, 'staff', 'x' FROM bench_owners`);
    const started = Date.now();
    for (let lo = 1; lo <= LEADS; lo += CHUNK) {
      const hi = Math.min(lo + CHUNK - 1, LEADS);
      await c.query('BEGIN');
      await loadChunk(c, lo, hi);
      await c.query('COMMIT');
      const rate = Math.round(hi / ((Date.now() - started) / 1000));
      log(
        `loaded ${hi.toLocaleString('en')} / ${LEADS.toLocaleString('en')} leads (${rate.toLocaleString('en')}/s)`,
      );
    }
    log('VACUUM ANALYZE …');
    await c.query('VACUUM ANALYZE');
    const counts = await c.query(`
      SELECT (SELECT count(*) FROM leads) AS leads, (SELECT count(*) FROM lead_transitions) AS transitions,
             (SELECT count(*) FROM lead_investments) AS investments, (SELECT count(*) FROM lead_activities) AS activities`);
    log(`rows: ${JSON.stringify(counts.rows[0])}`);
  } finally {
    await c.end();
  }
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up: plans and caches
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function bench(url: string): Promise<void> {
  const config = loadConfig({ ...process.env, DATABASE_URL: url });
  const db = new DataSource(dataSourceOptions(url, { extra: { max: 4, statement_timeout: 120000 } }));
  await db.initialize();
  try {
    const clock = new SystemClock(config.timeZone);
    const reports = new ReportsService(
      new FunnelRepository(db),
      new OverdueRepository(db),
      new BatchesRepository(db),
      new OwnersRepository(db),
      new KpisRepository(db),
      clock,
      config,
    );
    const targets = new TargetsService(new TargetsRepository(db), new TargetTotalsRepository(db), clock);
    await targets.set(2024, { signedAmountWan: '6000000' }, null);
    const [{ id: owner }] = await rowsOf<{ id: string }>(db, `SELECT id FROM bench_owners WHERE n = 7`);

    const cases: [string, () => Promise<unknown>][] = [
      [
        'baseline: SELECT stage, count(*), sum(planned) FROM leads GROUP BY stage',
        () => db.query(`SELECT stage, count(*), sum(planned_investment_wan) FROM leads GROUP BY stage`),
      ],
      [
        'baseline: SELECT owner_id, count(*) FROM leads GROUP BY owner_id',
        () => db.query(`SELECT owner_id, count(*) FROM leads GROUP BY owner_id`),
      ],
      ['funnel, whole zone, all time (1M leads)', () => reports.funnel({})],
      ['funnel, leads created in 2024', () => reports.funnel({ from: '2024-01-01', to: '2024-12-31' })],
      [
        'funnel, 2024, one track',
        () => reports.funnel({ from: '2024-01-01', to: '2024-12-31', track: 'new_energy' }),
      ],
      [
        'funnel, 2023-11-17 to 2024-08-09 (partial edge months)',
        () => reports.funnel({ from: '2023-11-17', to: '2024-08-09' }),
      ],
      ['funnel, one owner, all time', () => reports.funnel({ ownerId: owner })],
      ['overdue, whole zone (50 per owner)', () => reports.overdue({})],
      ['overdue, one owner', () => reports.overdue({ ownerId: owner })],
      ['batches, one week', () => reports.batches({ from: '2024-04-01', to: '2024-04-07' })],
      ['batches, one month', () => reports.batches({ from: '2024-04-01', to: '2024-04-30' })],
      ['owners, 2024', () => reports.owners({ year: 2024 })],
      ['kpis, 2024', () => reports.kpis({ year: 2024 })],
      ['targets: recompute(2024)', () => targets.recompute(2024)],
      ['targets: progress(2024)', () => targets.progress(2024)],
    ];
    const results: [string, number][] = [];
    for (const [name, fn] of cases) {
      const ms = await median(fn);
      results.push([name, ms]);
      log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
    }
    const baseline = results[0][1];
    const reportsOnly = results.filter(([n]) => !n.startsWith('baseline'));
    const worst = reportsOnly.reduce((a, b) => (b[1] > a[1] ? b : a));
    log(
      `summary: ${LEADS.toLocaleString('en')} leads, median of ${RUNS} runs; baseline GROUP BY ${baseline.toFixed(0)} ms; ` +
        `slowest report ${worst[0]} ${worst[1].toFixed(0)} ms (${(worst[1] / baseline).toFixed(1)}× baseline); ` +
        `${reportsOnly.filter(([, ms]) => ms < 1000).length}/${reportsOnly.length} under 1 s`,
    );
  } finally {
    await db.destroy();
  }
}

async function main(): Promise<void> {
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
    await load(scratch);
    await bench(scratch);
  } finally {
    await drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
