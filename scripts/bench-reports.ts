/**
 * `npm run bench:reports`: loads a generated pipeline of 1M leads with histories into a scratch database and
 * prints each report's median latency next to a bare GROUP BY over the same table.
 *
 * The scratch database gets its own name (luodi_bench_<random>) on the server of DATABASE_URL and is dropped at
 * the end, also on failure or Ctrl-C. Rows are generated set-based (INSERT … SELECT generate_series), in chunks
 * so progress shows. BENCH_LEADS (default 1000000) and BENCH_RUNS (default 5) change the size and repetitions;
 * BENCH_KEEP=1 keeps the database for EXPLAIN (drop it yourself).
 */
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, rowsOf, SystemClock } from '@luodi/core';
import { loadPipeline } from './bench/pipeline-loader';
import { log, withScratchDatabase } from './bench/scratch-database';
import { ReportsService } from '@luodi/reports/reports.service';
import { FunnelRepository } from '@luodi/reports/funnel.repository';
import { OverdueRepository } from '@luodi/reports/overdue.repository';
import { BatchesRepository } from '@luodi/reports/batches.repository';
import { OwnersRepository } from '@luodi/reports/owners.repository';
import { KpisRepository } from '@luodi/reports/kpis.repository';
import { SigningsRepository } from '@luodi/reports/signings.repository';
import { TargetsService } from '@luodi/targets/targets.service';
import { TargetsRepository } from '@luodi/targets/targets.repository';
import { TargetTotalsRepository } from '@luodi/targets/target-totals.repository';
import { UsersService } from '@luodi/users';
import { UsersRepository } from '@luodi/users/users.repository';

const LEADS = Number(process.env.BENCH_LEADS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

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
      new SigningsRepository(db),
      clock,
      config,
    );
    const users = new UsersService(new UsersRepository(db));
    const targets = new TargetsService(
      new TargetsRepository(db),
      new TargetTotalsRepository(db),
      users,
      clock,
    );
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

withScratchDatabase(async (url) => {
  await loadPipeline(url, LEADS);
  await bench(url);
}).catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
