import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow } from '@luodi/core';
import { FunnelParams } from './report';
import { scopeSql, STAGE_ORDER_SQL } from './report-sql';

/** Per open stage k (1..5): how many reached it, their amount, and the median of days spent in it. */
export interface FunnelRow {
  total: number;
  reached: number[];
  amounts: string[];
  medians: (number | null)[];
  lost: number[];
}

const STAGES = [1, 2, 3, 4, 5];

/**
 * The funnel over leads created in a period, in one pass over the cohort joined to `lead_funnel_facts` (the
 * per-lead summary of `lead_transitions`, kept exact by triggers; see migration 1732730000001).
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
    const days = (k: number) =>
      `f.stay_days[${k}] + CASE WHEN f.first_ord = ${k}
                                THEN f.first_date - (l.created_at AT TIME ZONE $1)::date ELSE 0 END`;
    const perStage = STAGES.map(
      (k) => `count(*) FILTER (WHERE c.reach >= ${k}) AS reached_${k},
              COALESCE(sum(${k === 1 ? 'c.planned' : 'c.signed_or_planned'}) FILTER (WHERE c.reach >= ${k}), 0)::text
                AS amount_${k},
              percentile_cont(0.5) WITHIN GROUP (ORDER BY c.days_${k}) FILTER (WHERE c.stays_${k} > 0) AS median_${k}`,
    ).join(',\n');
    const row = await firstRow<Record<string, string | number | null>>(
      this.db,
      `WITH c AS (
         SELECT greatest(array_position(${STAGE_ORDER_SQL}, l.stage),
                         array_position(${STAGE_ORDER_SQL}, l.lost_from_stage), f.max_ord) AS reach,
                l.stage, l.lost_from_stage, l.planned_investment_wan AS planned,
                COALESCE(l.signed_amount_wan, l.planned_investment_wan) AS signed_or_planned,
                ${STAGES.map((k) => `${days(k)} AS days_${k}, f.stays[${k}] AS stays_${k}`).join(',\n')}
           FROM leads l LEFT JOIN lead_funnel_facts f ON f.lead_id = l.id
          WHERE ${where}
       )
       SELECT count(*)::int AS total, ${perStage},
              ${STAGES.map(
                (k) => `count(*) FILTER (WHERE c.stage = 'lost'
                          AND COALESCE(c.lost_from_stage, 'lead') = (${STAGE_ORDER_SQL})[${k}])::int AS lost_${k}`,
              ).join(',\n')}
         FROM c`,
      params,
    );
    const r = row ?? {};
    return {
      total: Number(r.total ?? 0),
      reached: STAGES.map((k) => Number(r[`reached_${k}`] ?? 0)),
      amounts: STAGES.map((k) => String(r[`amount_${k}`] ?? '0')),
      medians: STAGES.map((k) => (r[`median_${k}`] === null ? null : Number(r[`median_${k}`]))),
      lost: STAGES.map((k) => Number(r[`lost_${k}`] ?? 0)),
    };
  }
}
