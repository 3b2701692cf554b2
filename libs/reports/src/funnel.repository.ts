import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rowsOf } from '@luodi/core';
import { FunnelParams } from './report';
import { scopeSql } from './report-sql';
import { medianOfHistogram } from './median';

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
 * The funnel over leads created in a period, from `lead_funnel_facts` alone (one narrow row per lead with its
 * filters, amounts, highest stage reached and days in each stage, kept exact by triggers on `leads` and
 * `lead_transitions`; see migrations 1732730000001 and 1732740000000), in two grouped scans:
 *
 * - counts and amounts grouped by (highest stage reached, stage lost from): a few dozen groups, summed per stage
 *   in SQL (exact `numeric`);
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
    const params: unknown[] = [];
    let where = 'true';
    if (p.from) {
      params.push(p.from);
      where += ` AND l.created_on >= $${params.length}::date`;
    }
    if (p.to) {
      params.push(p.to);
      where += ` AND l.created_on <= $${params.length}::date`;
    }
    where += scopeSql(p, params);
    const [totals, histogram] = await Promise.all([
      this.totals(where, params),
      this.histogram(where, params),
    ]);
    return { ...totals, medians: STAGES.map((k) => medianOfHistogram(histogram.get(k) ?? [])) };
  }

  private async totals(where: string, params: unknown[]): Promise<Omit<FunnelRow, 'medians'>> {
    const rows = await rowsOf<Record<string, string | number | null>>(
      this.db,
      `WITH g AS (
         SELECT l.reach, l.lost_ord, count(*) AS n, sum(l.planned) AS planned, sum(l.amount) AS amount
           FROM lead_funnel_facts l WHERE ${where} GROUP BY l.reach, l.lost_ord
       )
       SELECT COALESCE(sum(g.n), 0)::int AS total,
              ${STAGES.map(
                (k) => `COALESCE(sum(g.n) FILTER (WHERE g.reach >= ${k}), 0)::int AS reached_${k},
                        COALESCE(sum(g.${k === 1 ? 'planned' : 'amount'}) FILTER (WHERE g.reach >= ${k}), 0)::text
                          AS amount_${k},
                        COALESCE(sum(g.n) FILTER (WHERE g.lost_ord = ${k}), 0)::int AS lost_${k}`,
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
    };
  }

  /**
   * Stage → [days, leads] pairs, days ascending: one scan hashing each row into the five stages' histograms
   * (grouping sets), the null group (no completed stay) left out.
   */
  private async histogram(where: string, params: unknown[]): Promise<Map<number, [number, number][]>> {
    const cols = STAGES.map((k) => `l.d${k}`).join(', ');
    const rows = await rowsOf<Record<string, number | null>>(
      this.db,
      `SELECT ${cols}, count(*)::int AS n FROM lead_funnel_facts l WHERE ${where}
        GROUP BY GROUPING SETS (${STAGES.map((k) => `(l.d${k})`).join(', ')})`,
      params,
    );
    const out = new Map<number, [number, number][]>(STAGES.map((k) => [k, []]));
    for (const r of rows) {
      // In each grouping set exactly one d column is grouped; the others are null. A row with all null is a
      // set's "no completed stay" group.
      const k = STAGES.find((s) => r[`d${s}`] !== null);
      if (k !== undefined) out.get(k)?.push([Number(r[`d${k}`]), Number(r.n)]);
    }
    for (const list of out.values()) list.sort((a, b) => a[0] - b[0]);
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
