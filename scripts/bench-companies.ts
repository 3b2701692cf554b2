/**
 * `npm run bench:companies`: 企业库 at scale, in a scratch database.
 * 1. The migration that links existing leads to companies: BENCH_LEADS leads (default 100,000; the generated
 *    pipeline of bench:reports, every lead a different firm without a credit code: the worst case, one company per
 *    lead) are loaded with the linking trigger off, then the migration's `down` and `up` are timed.
 * 2. Similarity (`GET /companies/similar`'s query) at BENCH_COMPANIES companies (default 1,000,000, with real-looking
 *    generated names): 300 look-ups (100 variants of registered names, 100 short names, 100 unrelated names) through
 *    the repository's own SQL; prints p50/p95/p99/max and how many variants found their firm first.
 * BENCH_KEEP=1 keeps the scratch database.
 */
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { dataSourceOptions } from '@luodi/core';
import { CompaniesAndChains1796183024184 } from '@luodi/core/database/migrations/1796183024184-companies-and-chains';
import { CompaniesRepository } from '@luodi/companies/companies.repository';
import { SIMILARITY_THRESHOLD } from '@luodi/companies/companies.service';
import { normaliseCompanyName } from '@luodi/companies/company-name';
import { loadPipeline } from './bench/pipeline-loader';
import { log, withScratchDatabase } from './bench/scratch-database';

const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 1_000_000);
const CHUNK = 100_000;
const CHARS =
  '华晋中兴泰鑫盛昌隆宏达通恒瑞丰源科创联合新星光明东方金石天地海山川云龙凤宇辰博远信诚德正和安康富永佳美嘉晟烁润泽融汇聚鼎峰岳'.split(
    '',
  );
const TRADES = [
  '科技',
  '新材料',
  '能源',
  '装备',
  '电子',
  '生物',
  '半导体',
  '机械',
  '智能',
  '光电',
  '化工',
  '数据',
];
const REGIONS = ['山西', '太原', '北京', '上海', '深圳', '江苏', '', '', '', ''];
const SUFFIXES = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司', '科技有限公司'];

const ms = (t: number) => `${t.toFixed(1)} ms`;
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function migrationAtScale(url: string): Promise<string> {
  if (LEADS <= 0) return 'migration: skipped (BENCH_LEADS=0)';
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query(`ALTER TABLE leads DISABLE TRIGGER leads_link_company`);
  await loadPipeline(url, LEADS);
  await c.query(`ALTER TABLE leads ENABLE TRIGGER leads_link_company`);
  await c.end();
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  const qr = ds.createQueryRunner();
  const migration = new CompaniesAndChains1796183024184();
  try {
    log('migration down …');
    await migration.down(qr);
    log(`migration up: linking ${LEADS.toLocaleString('en')} leads …`);
    const t = performance.now();
    await qr.startTransaction();
    await migration.up(qr);
    await qr.commitTransaction();
    const took = (performance.now() - t) / 1000;
    const [r] = await qr.query(
      `SELECT count(*)::int AS leads, count(company_id)::int AS linked, (SELECT count(*)::int FROM companies) AS companies FROM leads`,
    );
    return `migration up at ${LEADS.toLocaleString('en')} leads: ${took.toFixed(1)} s (${Math.round(LEADS / took).toLocaleString('en')} leads/s), ${r.linked}/${r.leads} linked, ${r.companies} companies`;
  } finally {
    await qr.release();
    await ds.destroy();
  }
}

async function loadCompanies(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`DROP INDEX company_names_trgm_idx`);
    const [{ have }] = (await c.query(`SELECT count(*)::int AS have FROM companies`)).rows;
    const started = performance.now();
    const chars = `ARRAY[${CHARS.map((x) => `'${x}'`).join(',')}]`;
    const pick = (arr: string[], expr: string) =>
      `(ARRAY[${arr.map((x) => `'${x}'`).join(',')}])[1 + (${expr}) % ${arr.length}]`;
    for (let lo = have + 1; lo <= COMPANIES; lo += CHUNK) {
      const hi = Math.min(lo + CHUNK - 1, COMPANIES);
      await c.query(
        `INSERT INTO companies (name, name_norm)
         SELECT name, company_name_norm(name) FROM (
           SELECT ${pick(REGIONS, 'h4')} || c1 || c2 || c3 || ${pick(TRADES, 'h5')} || g || ${pick(SUFFIXES, 'h6')} AS name
             FROM (SELECT g, (${chars})[1 + abs(hashint4(g)) % ${CHARS.length}] AS c1,
                          (${chars})[1 + abs(hashint4(g + 7)) % ${CHARS.length}] AS c2,
                          (${chars})[1 + abs(hashint4(g + 13)) % ${CHARS.length}] AS c3,
                          abs(hashint4(g + 17)) AS h4, abs(hashint4(g + 19)) AS h5, abs(hashint4(g + 23)) AS h6
                     FROM generate_series(${lo}, ${hi}) g) x) y
         ON CONFLICT DO NOTHING`,
      );
      const rate = Math.round((hi - have) / ((performance.now() - started) / 1000));
      log(
        `companies ${hi.toLocaleString('en')} / ${COMPANIES.toLocaleString('en')} (${rate.toLocaleString('en')}/s)`,
      );
    }
    await c.query(
      `INSERT INTO company_names (company_id, name_norm) SELECT id, name_norm FROM companies ON CONFLICT DO NOTHING`,
    );
    log('building the trigram GIN index …');
    const t = performance.now();
    await c.query(`CREATE INDEX company_names_trgm_idx ON company_names USING gin (name_norm gin_trgm_ops)`);
    log(`index built in ${((performance.now() - t) / 1000).toFixed(1)} s; VACUUM ANALYZE …`);
    await c.query(`VACUUM ANALYZE companies`);
    await c.query(`VACUUM ANALYZE company_names`);
  } finally {
    await c.end();
  }
}

async function similarity(url: string): Promise<string[]> {
  await loadCompanies(url);
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  const repo = new CompaniesRepository(ds);
  try {
    const sample = await ds.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM companies TABLESAMPLE SYSTEM (1) WHERE name ~ '\\d' LIMIT 200`,
    );
    const variants = sample.slice(0, 100).map((s) => ({
      // Another region and legal form, full-width digits: the same firm written differently.
      query: `太原${normaliseCompanyName(s.name).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}有限责任公司`,
      expect: s.id,
    }));
    const shorts = sample
      .slice(100, 200)
      .map((s) => ({ query: normaliseCompanyName(s.name).slice(0, 4), expect: null }));
    const unrelated = Array.from({ length: 100 }, (_, i) => ({
      query: `与众不同的公司名称${i}号`,
      expect: null,
    }));
    const run = async (cases: { query: string; expect: string | null }[]) => {
      const times: number[] = [];
      let found = 0;
      let empty = 0;
      for (const q of cases) {
        const t = performance.now();
        const result = await repo.similar(normaliseCompanyName(q.query), SIMILARITY_THRESHOLD, 10);
        times.push(performance.now() - t);
        if (q.expect && result[0]?.id === q.expect) found++;
        if (result.length === 0) empty++;
      }
      times.sort((a, b) => a - b);
      return { times, found, empty };
    };
    await run(variants.slice(0, 10)); // warm the cache
    const lines: string[] = [];
    for (const [name, cases] of [
      ['variants of registered names', variants],
      ['short names (4 characters)', shorts],
      ['unrelated names', unrelated],
    ] as const) {
      const r = await run(cases);
      const summary = `p50 ${ms(percentile(r.times, 50))}, p95 ${ms(percentile(r.times, 95))}, p99 ${ms(percentile(r.times, 99))}, max ${ms(r.times[r.times.length - 1])}`;
      const extra = name.startsWith('variants')
        ? `, firm found first ${r.found}/${cases.length}`
        : `, no match ${r.empty}/${cases.length}`;
      lines.push(`similar at ${COMPANIES.toLocaleString('en')} companies, ${name}: ${summary}${extra}`);
      log(lines[lines.length - 1]);
    }
    return lines;
  } finally {
    await ds.destroy();
  }
}

async function main(): Promise<void> {
  const results: string[] = [];
  await withScratchDatabase(async (url) => {
    const migration = await migrationAtScale(url);
    log(migration);
    results.push(migration, ...(await similarity(url)));
  });
  log('summary:');
  for (const line of results) log(`  ${line}`);
}

main().catch((err: unknown) => {
  console.error(`bench:companies failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
