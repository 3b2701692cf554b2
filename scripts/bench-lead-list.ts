/**
 * `npm run bench:list`: the statements behind `GET /leads` and `GET /leads/counts` at 1M leads, for the filters
 * the 项目库 sends (stage, track, park, pool, owner, leader, warning, overdue, 省重点, q, sort), run by the
 * repository itself (the same SQL as the API) over a pool of BENCH_CONNECTIONS (10) connections, BENCH_RUNS (100)
 * times each after a warm-up: p50 and p99 per case, beside the bare baseline of the same run (a primary-key read
 * of one lead). BENCH_EXPLAIN=1 prints each statement's `EXPLAIN (ANALYZE, BUFFERS)` first; BENCH_ONLY=<text>
 * runs the cases whose name contains it (and the baseline). Loads BENCH_LEADS (1000000) into a scratch database like bench:reports,
 * or BENCH_REUSE=luodi_bench_<hex> measures a kept one (pending migrations applied).
 */
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { loadPipeline } from './bench/pipeline-loader';
import { log, withKeptDatabase, withScratchDatabase } from './bench/scratch-database';
import { LeadsRepository } from '@luodi/leads/repository/leads.repository';
import type { LeadListFilter } from '@luodi/leads/lead/lead';

const LEADS = Number(process.env.BENCH_LEADS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
const ONLY = process.env.BENCH_ONLY;

type Filter = Omit<LeadListFilter, 'sort'> & { sort?: LeadListFilter['sort'] };
interface Case {
  name: string;
  run: (repo: LeadsRepository, now: Date, today: string) => Promise<unknown>;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** Runs `fn` RUNS times, CONNECTIONS at a time; the latencies in ms. */
async function measure(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < RUNS) {
        next++;
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
    }),
  );
  return times;
}

async function bench(url: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: CONNECTIONS });
  let explain = false;
  const db = {
    async query(sql: string, params?: unknown[]) {
      if (explain) {
        const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        log(
          `${sql.replace(/\s+/g, ' ').slice(0, 400)}\n${plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`,
        );
      }
      return (await pool.query(sql, params)).rows;
    },
  };
  const repo = new LeadsRepository(db as unknown as DataSource);
  try {
    const { rows } = await pool.query<{ owner_id: string; id: string }>(
      `SELECT owner_id, id FROM leads ORDER BY created_at DESC LIMIT 1`,
    );
    const owner = rows[0].owner_id;
    const leadId = rows[0].id;
    const leader = (await pool.query<{ id: string }>(`SELECT id FROM users ORDER BY created_at LIMIT 1`))
      .rows[0].id;
    const list = (name: string, f: Filter): Case => ({
      name: `GET /leads ${name}`,
      run: (r, now, today) => r.list({ sort: '-createdAt', ...f }, 50, undefined, now, today),
    });
    const counts = (name: string, f: Omit<LeadListFilter, 'sort'>): Case => ({
      name: `GET /leads/counts ${name}`,
      run: (r, now, today) => r.counts(f, now, today),
    });
    const cases: Case[] = [
      { name: 'baseline: one lead by primary key', run: (r: LeadsRepository) => r.findById(leadId) },
      list('(first page, no filter)', {}),
      list('stage=signed', { stage: 'signed' }),
      list('track=new_energy', { track: 'new_energy' }),
      list('park=xiaohe', { park: 'xiaohe' }),
      list('pool=construction', { pool: 'construction' }),
      list('ownerId', { ownerId: owner }),
      list('leaderId', { leaderId: leader }),
      list('warning=red', { warning: 'red' }),
      list('warning=yellow', { warning: 'yellow' }),
      list('warning=green', { warning: 'green' }),
      list('overdue=true', { overdue: true }),
      list('isProvincialKey=true', { isProvincialKey: true }),
      list('stage=signed&track=new_energy', { stage: 'signed', track: 'new_energy' }),
      list('stage=construction&track=semiconductors&park=xiaohe', {
        stage: 'construction',
        track: 'semiconductors',
        park: 'xiaohe',
      }),
      list('ownerId&stage=lead', { ownerId: owner, stage: 'lead' }),
      list('q=晶科', { q: '晶科' }),
      list('q=科', { q: '科' }),
      list('q=企业42', { q: '企业42' }),
      list('sort=stageDeadline', { sort: 'stageDeadline' }),
      list('sort=-plannedInvestmentWan', { sort: '-plannedInvestmentWan' }),
      list('track=equipment&sort=-plannedInvestmentWan', {
        track: 'equipment',
        sort: '-plannedInvestmentWan',
      }),
      counts('(no filter)', {}),
      counts('stage=signed&track=new_energy', { stage: 'signed', track: 'new_energy' }),
      counts('ownerId', { ownerId: owner }),
      counts('warning=red', { warning: 'red' }),
      counts('warning=green', { warning: 'green' }),
      counts('q=晶科', { q: '晶科' }),
    ].filter((c, i) => i === 0 || !ONLY || c.name.includes(ONLY));
    const now = new Date();
    const today = now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    for (const c of cases) {
      if (EXPLAIN) {
        explain = true;
        await c.run(repo, now, today);
        explain = false;
      }
      const times = await measure(() => c.run(repo, now, today));
      log(
        `${pct(times, 0.5).toFixed(1).padStart(8)} ms p50 ${pct(times, 0.99).toFixed(1).padStart(8)} ms p99  ${c.name}`,
      );
    }
  } finally {
    await pool.end();
  }
}

log(`${RUNS} runs per case, ${CONNECTIONS} at a time`);
(process.env.BENCH_REUSE
  ? withKeptDatabase(process.env.BENCH_REUSE, bench)
  : withScratchDatabase(async (url) => {
      await loadPipeline(url, LEADS);
      await bench(url);
    })
).catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
