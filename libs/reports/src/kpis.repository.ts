import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rowsOf } from '@luodi/core';
import { countsInYearSql } from '@luodi/targets';
import { KpisParams } from './report';
import { scopeSql } from './report-sql';

/** One grouping-set row: the zone (track and park null, both grouped out), a track, or a park. */
export interface KpiRow {
  level: 'zone' | 'track' | 'park';
  key: string | null;
  num: string;
  den: string;
}

export type KpiName =
  'landingRate' | 'constructionRate' | 'productionRate' | 'fundingRate' | 'completionRate';

const LEVEL = `CASE WHEN GROUPING(c.track) = 0 THEN 'track' WHEN GROUPING(c.park) = 0 THEN 'park' ELSE 'zone' END`;
const KEY = `COALESCE(c.track, c.park)`;
const SETS = `GROUPING SETS ((), (c.track), (c.park))`;

/**
 * The landing KPIs for a year, each a numerator and a denominator, for the zone, each track and each park:
 *
 * - landingRate (当年落地率): of the leads counting as signed in the year (first signing in the year, now at
 *   `signed` or later: the targets' counting rule), how many are now at `landed` or later.
 * - constructionRate (开工率): of the leads whose (current) landing date is in the year and that are now at
 *   `landed` or later, how many are now at `construction` or `production`.
 * - productionRate (投产率): of the leads whose (current) construction start is in the year and that are now at
 *   `construction` or `production`, how many are now at `production`.
 * - fundingRate (资金到位率): for the leads counting as signed in the year, the sum of all their recorded
 *   `paid_in_wan` (every month to date) over the sum of their `signed_amount_wan`.
 * - completionRate (投资完成率): for the leads now under construction (stage `construction`) that started it by
 *   the end of the year, the sum of `completed_wan` for months up to December of the year over the sum of
 *   their `planned_investment_wan`.
 *
 * Without an owner filter, read from the monthly summaries lead_cockpit_months and lead_cockpit_investments
 * (migration CockpitSummaries: the same cohorts by month, track, park and stage, kept exact by triggers) — a few
 * thousand rows; with one (the summaries have no owner), from `leads` and `lead_investment_years`.
 */
@Injectable()
export class KpisRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run(p: KpisParams, from: 'auto' | 'leads' = 'auto'): Promise<Record<KpiName, KpiRow[]>> {
    if (!p.ownerId && from === 'auto') return this.fromSummaries(p);
    const params: unknown[] = [p.year];
    const filters = scopeSql(p, params);
    // Two independent statements (the signed cohort; the landed and building cohorts) run side by side on two
    // pooled connections: each is a few index-only scans and one hash join.
    const [signedRows, buildRows] = await Promise.all([
      rowsOf<Row>(
        this.db,
        `WITH signed AS MATERIALIZED (
           SELECT l.id, l.track, l.park, l.stage, l.signed_amount_wan FROM leads l
            WHERE ${countsInYearSql('l', '$1')} ${filters}
         )
         SELECT 'landingRate' AS kpi, ${LEVEL} AS level, ${KEY} AS key,
                count(*) FILTER (WHERE c.stage IN ('landed', 'construction', 'production'))::text AS num,
                count(*)::text AS den
           FROM signed c GROUP BY ${SETS}
         UNION ALL
         SELECT 'fundingRate', ${LEVEL}, ${KEY}, '0', COALESCE(sum(c.signed_amount_wan), 0)::numeric(20, 4)::text
           FROM signed c GROUP BY ${SETS}
         UNION ALL
         -- Numerators by joining the cohort to the per-lead yearly sums of the investment rows (kept exact by
         -- triggers on lead_investments; about one row per lead and year instead of one per month).
         SELECT 'fundingPaid', ${LEVEL}, ${KEY}, COALESCE(sum(i.paid_in_wan), 0)::numeric(20, 4)::text, NULL
           FROM signed c JOIN lead_investment_years i ON i.lead_id = c.id GROUP BY ${SETS}`,
        params,
      ),
      rowsOf<Row>(
        this.db,
        `WITH landed AS (
           SELECT l.track, l.park, l.stage FROM leads l
            WHERE l.landed_at >= make_date($1::int, 1, 1) AND l.landed_at < make_date($1::int + 1, 1, 1)
              AND l.stage IN ('landed', 'construction', 'production') ${filters}
         ),
         started AS (
           SELECT l.track, l.park, l.stage FROM leads l
            WHERE l.construction_started_at >= make_date($1::int, 1, 1)
              AND l.construction_started_at < make_date($1::int + 1, 1, 1)
              AND l.stage IN ('construction', 'production') ${filters}
         ),
         building AS MATERIALIZED (
           SELECT l.id, l.track, l.park, l.planned_investment_wan FROM leads l
            WHERE l.stage = 'construction' AND l.construction_started_at < make_date($1::int + 1, 1, 1) ${filters}
         )
         SELECT 'constructionRate' AS kpi, ${LEVEL} AS level, ${KEY} AS key,
                count(*) FILTER (WHERE c.stage IN ('construction', 'production'))::text AS num, count(*)::text AS den
           FROM landed c GROUP BY ${SETS}
         UNION ALL
         SELECT 'productionRate', ${LEVEL}, ${KEY}, count(*) FILTER (WHERE c.stage = 'production')::text,
                count(*)::text
           FROM started c GROUP BY ${SETS}
         UNION ALL
         SELECT 'completionRate', ${LEVEL}, ${KEY}, '0',
                COALESCE(sum(c.planned_investment_wan), 0)::numeric(20, 4)::text
           FROM building c GROUP BY ${SETS}
         UNION ALL
         SELECT 'completionDone', ${LEVEL}, ${KEY}, COALESCE(sum(i.completed_wan), 0)::numeric(20, 4)::text, NULL
           FROM building c JOIN lead_investment_years i ON i.lead_id = c.id AND i.year <= $1::int
          GROUP BY ${SETS}`,
        params,
      ),
    ]);
    return byKpi([...signedRows, ...buildRows]);
  }

  /**
   * The same figures from the summaries: per KPI, rows of (track, park, numerator, denominator) summed over the
   * grouping sets in one statement. Counts are whole numbers, amounts `numeric(20, 4)`, as from `leads`.
   */
  private async fromSummaries(p: KpisParams): Promise<Record<KpiName, KpiRow[]>> {
    const params: unknown[] = [p.year];
    const m = scopeSql(p, params, 'm');
    const i = scopeSql(p, params, 'i');
    const inYear = (a: string) =>
      `${a}.month >= make_date($1::int, 1, 1) AND ${a}.month < make_date($1::int + 1, 1, 1)`;
    const rows = await rowsOf<KpiRow & { kpi: KpiName }>(
      this.db,
      `WITH c AS (
         SELECT 'landingRate' AS kpi, m.track, m.park,
                CASE WHEN m.stage IN ('landed', 'construction', 'production') THEN m.n ELSE 0 END::numeric AS num,
                m.n::numeric AS den
           FROM lead_cockpit_months m WHERE m.kind = 'signed' AND ${inYear('m')} ${m}
         UNION ALL
         SELECT 'fundingRate', m.track, m.park, 0, m.amount
           FROM lead_cockpit_months m WHERE m.kind = 'signed' AND ${inYear('m')} ${m}
         UNION ALL
         SELECT 'fundingRate', i.track, i.park, i.paid, 0
           FROM lead_cockpit_investments i WHERE i.kind = 'signed' AND ${inYear('i')} ${i}
         UNION ALL
         SELECT 'constructionRate', m.track, m.park,
                CASE WHEN m.stage IN ('construction', 'production') THEN m.n ELSE 0 END, m.n
           FROM lead_cockpit_months m WHERE m.kind = 'landed' AND ${inYear('m')} ${m}
         UNION ALL
         SELECT 'productionRate', m.track, m.park, CASE WHEN m.stage = 'production' THEN m.n ELSE 0 END, m.n
           FROM lead_cockpit_months m WHERE m.kind = 'started' AND ${inYear('m')} ${m}
         UNION ALL
         SELECT 'completionRate', m.track, m.park, 0, m.amount
           FROM lead_cockpit_months m
          WHERE m.kind = 'started' AND m.stage = 'construction' AND m.month < make_date($1::int + 1, 1, 1) ${m}
         UNION ALL
         SELECT 'completionRate', i.track, i.park, i.completed, 0
           FROM lead_cockpit_investments i
          WHERE i.kind = 'started' AND i.stage = 'construction' AND i.month < make_date($1::int + 1, 1, 1)
            AND i.year <= $1::int ${i}
       )
       SELECT c.kpi, ${LEVEL} AS level, ${KEY} AS key,
              CASE WHEN c.kpi IN ('fundingRate', 'completionRate') THEN sum(c.num)::numeric(20, 4)::text
                   ELSE sum(c.num)::bigint::text END AS num,
              CASE WHEN c.kpi IN ('fundingRate', 'completionRate') THEN sum(c.den)::numeric(20, 4)::text
                   ELSE sum(c.den)::bigint::text END AS den
         FROM c GROUP BY c.kpi, ${SETS}`,
      params,
    );
    const out = emptyKpis();
    for (const r of rows) out[r.kpi].push({ level: r.level, key: r.key, num: r.num, den: r.den });
    return out;
  }
}

const emptyKpis = (): Record<KpiName, KpiRow[]> => ({
  landingRate: [],
  constructionRate: [],
  productionRate: [],
  fundingRate: [],
  completionRate: [],
});

type Row = KpiRow & { kpi: KpiName | 'fundingPaid' | 'completionDone' };

/** The rows from `leads`, with the investment numerators joined to their KPIs. */
function byKpi(rows: Row[]): Record<KpiName, KpiRow[]> {
  const out = emptyKpis();
  const numerators = new Map<string, string>();
  for (const r of rows) {
    if (r.kpi === 'fundingPaid' || r.kpi === 'completionDone')
      numerators.set(`${r.kpi}|${r.level}|${r.key}`, r.num);
  }
  for (const r of rows) {
    if (r.kpi === 'fundingPaid' || r.kpi === 'completionDone') continue;
    const paidKey =
      r.kpi === 'fundingRate' ? 'fundingPaid' : r.kpi === 'completionRate' ? 'completionDone' : null;
    // A cohort with no investment rows has no joined row: its numerator is zero.
    const num = paidKey ? (numerators.get(`${paidKey}|${r.level}|${r.key}`) ?? '0.0000') : r.num;
    out[r.kpi].push({ level: r.level, key: r.key, num, den: r.den });
  }
  return out;
}
