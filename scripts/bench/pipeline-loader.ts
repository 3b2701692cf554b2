/**
 * Loads a generated pipeline straight into a database, set-based (INSERT … SELECT generate_series), in chunks
 * so progress shows: owners, leads with their transitions, investments and activities. Shared by the benchmarks.
 */
import { Client } from 'pg';
import { log } from './scratch-database';

const CHUNK = 100_000;
export const OWNERS = 200;

/**
 * One chunk of leads [lo, hi]: each lead gets a highest stage reached (lead 40%, signed 20%, landed 15%,
 * construction 13%, production 12%), a quarter of them lost from that stage, one forward transition per stage
 * at a per-lead pace, a back-and-forth pair for 3%, three months of investments once landed, and 1–2 activities.
 */
async function loadChunk(c: Client, lo: number, hi: number): Promise<void> {
  await c.query(
    `
    CREATE TEMP TABLE plan ON COMMIT DROP AS
    SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS company_id,
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
  // Each lead's firm is created here, set-based, and the lead carries its company_id, so the per-row find-or-create
  // trigger (a lookup and an insert per lead, ~10× slower at 1M) has nothing to do.
  await c.query(`
    INSERT INTO companies (id, name, name_norm, created_at)
    SELECT company_id, '企业' || i, company_name_norm('企业' || i), created_at FROM plan`);
  await c.query(`
    INSERT INTO company_names (company_id, name_norm)
    SELECT c.id, c.name_norm FROM companies c JOIN plan p ON p.company_id = c.id`);
  await c.query(`
    INSERT INTO leads (id, company_id, company_name, company_key, project_name, project_key, track, park,
      planned_investment_wan, signed_amount_wan, stage, stage_entered_at, stage_deadline, lost_from_stage, owner_id,
      signed_at, first_signed_at, landed_at, construction_started_at, production_started_at, created_at)
    SELECT p.id, p.company_id, '企业' || p.i, 'company' || p.i, '项目' || p.i, 'project' || p.i,
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

/** The summaries' delta tables, which a fold empties (autovacuum then clears their dead rows). */
const SUMMARY_DELTAS = [
  'lead_funnel_month_deltas',
  'lead_funnel_month_day_deltas',
  'lead_overdue_month_deltas',
  'lead_cockpit_month_deltas',
  'lead_cockpit_investment_deltas',
];

/**
 * Folds the summaries' pending deltas as the worker does every 5 s (SummaryFoldService), so a benchmark reads
 * the summaries in the state a running system keeps them in, not with every write since the load still pending;
 * with `vacuum`, also vacuums the emptied delta tables as autovacuum would. Returns how many deltas moved.
 */
export async function foldSummaries(c: Client, vacuum = false): Promise<number> {
  const { rows } = await c.query<{ moved: number }>(
    `SELECT lead_funnel_fold() + lead_overdue_fold() + lead_cockpit_fold() AS moved`,
  );
  if (vacuum) await c.query(`VACUUM ${SUMMARY_DELTAS.join(', ')}`);
  return Number(rows[0].moved);
}

export async function loadPipeline(url: string, leads: number): Promise<void> {
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
    for (let lo = 1; lo <= leads; lo += CHUNK) {
      const hi = Math.min(lo + CHUNK - 1, leads);
      await c.query('BEGIN');
      await loadChunk(c, lo, hi);
      await c.query('COMMIT');
      const rate = Math.round(hi / ((Date.now() - started) / 1000));
      log(
        `loaded ${hi.toLocaleString('en')} / ${leads.toLocaleString('en')} leads (${rate.toLocaleString('en')}/s)`,
      );
    }
    log(`folded ${(await foldSummaries(c)).toLocaleString('en')} pending summary deltas (the worker's job)`);
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
