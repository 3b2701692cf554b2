import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rowsOf } from '@luodi/core';
import { FunnelParams } from './report';
import { scopeSql, STAGE_ORDER_SQL } from './report-sql';

export interface FunnelReachRow {
  /** 1..5 (open stage order). */
  ord: number;
  reached: number;
  amount_wan: string;
}

export interface FunnelLostRow {
  stage: string;
  n: number;
}

export interface FunnelMedianRow {
  stage: string;
  median: number;
}

/**
 * The funnel over leads created in a period. History comes from `lead_transitions`: a lead reached a stage when
 * its current stage, its `lost_from_stage`, or any transition's from/to stage is that stage or a later one. Each
 * transition closes a stay in its `from_stage` that began at the previous transition's date (or the zone date
 * of creation for the first), so a lead's days in a stage are the sum of its completed stays there.
 */
@Injectable()
export class FunnelRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run(
    p: FunnelParams,
    timeZone: string,
  ): Promise<{ reach: FunnelReachRow[]; lost: FunnelLostRow[]; medians: FunnelMedianRow[]; total: number }> {
    const params: unknown[] = [timeZone];
    let where = 'true';
    if (p.from) {
      params.push(p.from);
      where += ` AND l.created_at >= ($${params.length}::date)::timestamp AT TIME ZONE $1`;
    }
    if (p.to) {
      params.push(p.to);
      where += ` AND l.created_at < ($${params.length}::date + 1)::timestamp AT TIME ZONE $1`;
    }
    where += scopeSql(p, params);
    const rows = await rowsOf<{
      kind: 'reach' | 'lost' | 'median' | 'total';
      ord: number | null;
      stage: string | null;
      n: number | null;
      amount_wan: string | null;
      median: number | null;
    }>(
      this.db,
      `WITH cohort AS MATERIALIZED (
         SELECT l.id, l.stage, l.lost_from_stage, l.planned_investment_wan, l.signed_amount_wan,
                (l.created_at AT TIME ZONE $1)::date AS created_on
           FROM leads l WHERE ${where}
       ),
       moves AS MATERIALIZED (
         SELECT t.lead_id, t.from_stage,
                t.date - COALESCE(lag(t.date) OVER w, c.created_on) AS days,
                greatest(array_position(${STAGE_ORDER_SQL}, t.from_stage),
                         array_position(${STAGE_ORDER_SQL}, t.to_stage)) AS ord
           FROM lead_transitions t JOIN cohort c ON c.id = t.lead_id
         WINDOW w AS (PARTITION BY t.lead_id ORDER BY t.at, t.id)
       ),
       moved_max AS (SELECT lead_id, max(ord) AS ord FROM moves GROUP BY lead_id),
       reach AS (
         SELECT greatest(array_position(${STAGE_ORDER_SQL}, c.stage),
                         array_position(${STAGE_ORDER_SQL}, c.lost_from_stage), m.ord) AS ord,
                c.planned_investment_wan, COALESCE(c.signed_amount_wan, c.planned_investment_wan) AS signed_or_planned
           FROM cohort c LEFT JOIN moved_max m ON m.lead_id = c.id
       ),
       by_level AS (
         SELECT ord, count(*) AS n, sum(planned_investment_wan) AS planned, sum(signed_or_planned) AS signed
           FROM reach GROUP BY ord
       ),
       stays AS (
         SELECT from_stage, sum(days) AS days FROM moves WHERE from_stage <> 'lost' GROUP BY lead_id, from_stage
       )
       SELECT 'reach' AS kind, s.ord, NULL AS stage,
              COALESCE(sum(b.n), 0)::int AS n,
              COALESCE(sum(CASE WHEN s.ord = 1 THEN b.planned ELSE b.signed END), 0)::text AS amount_wan,
              NULL::float8 AS median
         FROM generate_series(1, 5) AS s(ord) LEFT JOIN by_level b ON b.ord >= s.ord
        GROUP BY s.ord
       UNION ALL
       SELECT 'lost', NULL, lost_from_stage, count(*)::int, NULL, NULL
         FROM cohort WHERE stage = 'lost' GROUP BY lost_from_stage
       UNION ALL
       SELECT 'median', NULL, from_stage, NULL, NULL, percentile_cont(0.5) WITHIN GROUP (ORDER BY days)
         FROM stays GROUP BY from_stage
       UNION ALL
       SELECT 'total', NULL, NULL, count(*)::int, NULL, NULL FROM cohort`,
      params,
    );
    return {
      reach: rows
        .filter((r) => r.kind === 'reach')
        .map((r) => ({ ord: r.ord!, reached: r.n!, amount_wan: r.amount_wan! }))
        .sort((a, b) => a.ord - b.ord),
      lost: rows.filter((r) => r.kind === 'lost').map((r) => ({ stage: r.stage ?? 'lead', n: r.n! })),
      medians: rows.filter((r) => r.kind === 'median').map((r) => ({ stage: r.stage!, median: r.median! })),
      total: rows.find((r) => r.kind === 'total')?.n ?? 0,
    };
  }
}
