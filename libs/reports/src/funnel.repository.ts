import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, rowsOf, startOfDayInZone } from '@luodi/core';
import { FunnelParams } from './report';
import { scopeSql } from './report-sql';
import { medianOfHistogram, quantileOfHistogram } from './median';
import { wholeMonths } from './whole-months';

/** Per open stage k (1..5): how many reached it, their amount, and the median of days spent in it. */
export interface FunnelRow {
  total: number;
  reached: number[];
  amounts: string[];
  medians: (number | null)[];
  p75s: (number | null)[];
  lost: number[];
  /** Leads whose furthest stage is k and that were lost / are not lost (so reached = next reached + these). */
  lostAt: number[];
  openAt: number[];
  /** The most frequent lost reasons of the period's lost leads (trimmed text), most first. */
  lostReasons: { reason: string | null; count: number }[];
}

export const LOST_REASONS_LISTED = 10;

const STAGES = [1, 2, 3, 4, 5];

/**
 * The funnel over leads created in a period. Whole months of the period (without an owner filter) are read
 * from the exact monthly summaries `lead_funnel_months` / `lead_funnel_month_days`; the partial months at its
 * edges, and owner-filtered funnels, from `lead_funnel_facts` (one narrow row per lead with its filters,
 * amounts, highest stage reached and days in each stage). All are kept exact by triggers (migrations
 * 1732740000000 and 1732740000002). Two statements:
 *
 * - counts and amounts grouped by (highest stage reached, stage lost from), summed per stage in SQL (exact
 *   `numeric`);
 * - a histogram of days in each stage (stage, days → leads), whose exact median is read off in TypeScript
 *   (days are integers: no sort of a million values, no float error).
 *
 * - A lead reached stage k when its current stage, its `lost_from_stage`, or any transition's from/to stage is k
 *   or later: each lead counts once per stage however often it went back and forth.
 * - Each transition closes a stay in its from-stage, which began at the previous transition's date or, for the
 *   first, at the zone date of the lead's creation; a lead's days in stage k are the sum of its completed stays
 *   there, and leads with none are left out of that stage's median.
 */
@Injectable()
export class FunnelRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run(p: FunnelParams, timeZone: string): Promise<FunnelRow> {
    await this.useZone(timeZone);
    const [totals, histogram, lostReasons] = await Promise.all([
      this.totals(p),
      this.histogram(p),
      this.lostReasons(p, timeZone),
    ]);
    return {
      ...totals,
      medians: STAGES.map((k) => medianOfHistogram(histogram.get(k) ?? [])),
      p75s: STAGES.map((k) => quantileOfHistogram(histogram.get(k) ?? [], 0.75)),
      lostReasons,
    };
  }

  /**
   * Lost leads of the period grouped by their reason (trimmed). Whole months without an owner filter are read
   * from `lead_lost_reason_months` (kept by triggers; migration 1796279667152): unfiltered at 1M leads, counting
   * the 250,000 lost leads cost 55 ms a call. The partial months at the period's edges, and owner-filtered
   * funnels, count `leads` through the partial index `leads_lost_cohort_idx` (created_at, with track, park,
   * owner and the reason; migration 1796185319510), an index-only scan; the facts' `created_on` is the zone date
   * of `created_at`, and a fact has `lost_ord` exactly when its lead is lost.
   */
  private async lostReasons(p: FunnelParams, timeZone: string): Promise<FunnelRow['lostReasons']> {
    const params: unknown[] = [];
    const arg = (v: unknown) => `$${params.push(v)}`;
    const span = p.ownerId ? null : wholeMonths(p.from, p.to);
    const parts: string[] = [];
    const fromLeads = (from: string | undefined, before: string | undefined) => {
      const bounds = [
        from && `l.created_at >= ${arg(startOfDayInZone(from, timeZone).toISOString())}::timestamptz`,
        before && `l.created_at < ${arg(startOfDayInZone(before, timeZone).toISOString())}::timestamptz`,
      ].filter(Boolean);
      parts.push(
        `SELECT NULLIF(btrim(l.lost_reason), '') AS reason, count(*)::int AS n FROM leads l
          WHERE l.stage = 'lost' ${bounds.map((b) => `AND ${b}`).join(' ')} ${scopeSql(p, params, 'l')}
          GROUP BY 1`,
      );
    };
    if (!span) {
      fromLeads(p.from, p.to && nextDay(p.to));
    } else {
      const months = [
        span.start && `m.month >= ${arg(span.start)}::date`,
        span.end && `m.month < ${arg(span.end)}::date`,
      ].filter(Boolean);
      parts.push(
        `SELECT m.reason, m.n FROM lead_lost_reason_months m
          WHERE ${[...months, 'true'].join(' AND ')} ${scopeSql(p, params, 'm')}`,
      );
      if (p.from && span.start && p.from < span.start) fromLeads(p.from, span.start);
      if (p.to && span.end && span.end <= p.to) fromLeads(span.end, nextDay(p.to));
    }
    const rows = await rowsOf<{ reason: string | null; n: number }>(
      this.db,
      `SELECT r.reason, sum(r.n)::int AS n FROM (${parts.join(' UNION ALL ')}) r
        GROUP BY 1 HAVING sum(r.n) > 0 ORDER BY 2 DESC, 1 LIMIT ${LOST_REASONS_LISTED}`,
      params,
    );
    return rows.map((r) => ({ reason: r.reason, count: Number(r.n) }));
  }

  private async totals(p: FunnelParams): Promise<Omit<FunnelRow, 'medians' | 'p75s' | 'lostReasons'>> {
    const params: unknown[] = [];
    const { months, facts } = sources(p, params);
    const parts = [
      months &&
        `SELECT m.reach, m.lost_ord, m.n::bigint AS n, m.planned, m.amount
           FROM ${summary('lead_funnel_months', 'reach, lost_ord, n, planned, amount', months)} m`,
      facts &&
        `SELECT l.reach, l.lost_ord, count(*) AS n, sum(l.planned) AS planned, sum(l.amount) AS amount
           FROM lead_funnel_facts l WHERE ${facts} GROUP BY l.reach, l.lost_ord`,
    ].filter(Boolean);
    const rows = await rowsOf<Record<string, string | number | null>>(
      this.db,
      `WITH g AS (${parts.join(' UNION ALL ')})
       SELECT COALESCE(sum(g.n), 0)::int AS total,
              ${STAGES.map(
                (k) => `COALESCE(sum(g.n) FILTER (WHERE g.reach >= ${k}), 0)::int AS reached_${k},
                        COALESCE(sum(g.${k === 1 ? 'planned' : 'amount'}) FILTER (WHERE g.reach >= ${k}), 0)::text
                          AS amount_${k},
                        COALESCE(sum(g.n) FILTER (WHERE g.lost_ord = ${k}), 0)::int AS lost_${k},
                        COALESCE(sum(g.n) FILTER (WHERE g.reach = ${k} AND g.lost_ord IS NOT NULL), 0)::int
                          AS lost_at_${k},
                        COALESCE(sum(g.n) FILTER (WHERE g.reach = ${k} AND g.lost_ord IS NULL), 0)::int AS open_at_${k}`,
              ).join(',\n')}
         FROM g`,
      params,
    );
    const r = rows[0] ?? {};
    return {
      total: Number(r.total ?? 0),
      reached: STAGES.map((k) => Number(r[`reached_${k}`] ?? 0)),
      amounts: STAGES.map((k) => String(r[`amount_${k}`] ?? '0')),
      lost: STAGES.map((k) => Number(r[`lost_${k}`] ?? 0)),
      lostAt: STAGES.map((k) => Number(r[`lost_at_${k}`] ?? 0)),
      openAt: STAGES.map((k) => Number(r[`open_at_${k}`] ?? 0)),
    };
  }

  /** Stage → [days, leads] pairs, days ascending. */
  private async histogram(p: FunnelParams): Promise<Map<number, [number, number][]>> {
    const params: unknown[] = [];
    const { months, facts } = sources(p, params);
    const parts = [
      // Both parts in the summary's own types (k smallint, n integer), cast only after grouping: a cast per row
      // before it cost a fifth of the statement over the 238k histogram rows of 1M leads (48 → 38 ms).
      months && `SELECT m.k, m.days, m.n FROM ${summary('lead_funnel_month_days', 'k, days, n', months)} m`,
      facts &&
        `SELECT v.k, v.days, count(*)::int AS n FROM lead_funnel_facts l
          CROSS JOIN LATERAL (VALUES ${STAGES.map((k) => `(${k}::smallint, l.d${k})`).join(', ')}) AS v (k, days)
          WHERE ${facts} AND v.days IS NOT NULL GROUP BY v.k, v.days`,
    ].filter(Boolean);
    const rows = await rowsOf<{ k: number; days: number; n: number }>(
      this.db,
      `SELECT h.k::int AS k, h.days, sum(h.n)::int AS n FROM (${parts.join(' UNION ALL ')}) h
        GROUP BY h.k, h.days ORDER BY h.k, h.days`,
      params,
    );
    const out = new Map<number, [number, number][]>(STAGES.map((k) => [k, []]));
    for (const r of rows) out.get(Number(r.k))?.push([Number(r.days), Number(r.n)]);
    return out;
  }

  /** States the configured zone once per process (the facts' creation dates are in it; see the migration). */
  private zoneStated: Promise<void> | null = null;

  private useZone(timeZone: string): Promise<void> {
    this.zoneStated ??= this.db.query(`SELECT lead_funnel_use_zone($1)`, [timeZone]).then(
      () => undefined,
      (err: unknown) => {
        this.zoneStated = null;
        throw err;
      },
    );
    return this.zoneStated;
  }
}

/**
 * Where each part of the period is read from, as predicates with their parameters appended to `params`: the
 * whole months on the monthly summaries (`m`), the rest on the per-lead facts (`l`); null when a source has
 * nothing to read. Owner-filtered funnels read the facts only (the summaries have no owner).
 */
function sources(p: FunnelParams, params: unknown[]): { months: string | null; facts: string | null } {
  const arg = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const span = p.ownerId ? null : wholeMonths(p.from, p.to);
  const ranges: string[] = [];
  const range = (from: string | undefined, before: string | undefined) => {
    const bounds = [
      from && `l.created_on >= ${arg(from)}::date`,
      before && `l.created_on < ${arg(before)}::date`,
    ].filter(Boolean);
    ranges.push(bounds.length ? `(${bounds.join(' AND ')})` : 'true');
  };
  let months: string | null = null;
  if (!span) {
    range(p.from, p.to && nextDay(p.to));
  } else {
    const parts = [
      span.start && `m.month >= ${arg(span.start)}::date`,
      span.end && `m.month < ${arg(span.end)}::date`,
    ].filter(Boolean);
    months = [...parts, 'true'].join(' AND ') + scopeSql(p, params, 'm');
    // The partial months before and after the whole ones.
    if (p.from && span.start && p.from < span.start) range(p.from, span.start);
    if (p.to && span.end && span.end <= p.to) range(span.end, nextDay(p.to));
  }
  const facts = ranges.length ? `(${ranges.join(' OR ')})${scopeSql(p, params, 'l')}` : null;
  return { months, facts };
}

/**
 * A funnel summary's rows for `where` (on `m`), read from its two tables (folded rows and pending deltas) rather
 * than through its view (`lead_funnel_months` / `lead_funnel_month_days`): the view groups by every key of the
 * summary before the report sums again by stage, which for a long period is a hash aggregate over every row (at
 * 100k leads 107k histogram rows, spilling to disk: 210 ms; read directly 17 ms). Sums are additive, so summing
 * the two tables' rows equals summing the view's; only the view's zero rows are not dropped, and they add zero.
 */
function summary(
  view: 'lead_funnel_months' | 'lead_funnel_month_days',
  columns: string,
  where: string,
): string {
  const tables =
    view === 'lead_funnel_months'
      ? ['lead_funnel_months_folded', 'lead_funnel_month_deltas']
      : ['lead_funnel_month_days_folded', 'lead_funnel_month_day_deltas'];
  return `(${tables.map((t) => `SELECT ${columns} FROM ${t} m WHERE ${where}`).join(' UNION ALL ')})`;
}

function nextDay(date: string): string {
  return addDays(date, 1);
}
