import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow, rowsOf } from '@luodi/core';
import { countsInYearSql } from './counting-rule';
import { TotalRow, TotalsDimension } from './target';

/**
 * `target_totals`: the exact signed sums per year for the zone (key ''), each track, park and owner, recomputed
 * set-based from `leads`. `target_total_runs.as_of` records when.
 */
@Injectable()
export class TargetTotalsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Deletes and re-inserts the year's totals in one transaction. A transaction-scoped advisory lock per year
   * serialises concurrent recomputes (event-driven and scheduled ones may overlap); readers see either the old
   * or the new totals, never a mix. The `as_of` is the transaction's start, so it never claims more than it saw.
   */
  async recompute(year: number): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('luodi:target_totals'), $1::int)`, [year]);
      await m.query(`DELETE FROM target_totals WHERE year = $1`, [year]);
      await m.query(
        `INSERT INTO target_totals (year, dimension, key, signed_wan, lead_count)
         SELECT $1::int, dimension, key, signed_wan, lead_count FROM (
           SELECT CASE WHEN GROUPING(l.track) = 0 THEN 'track'
                       WHEN GROUPING(l.park) = 0 THEN 'park'
                       WHEN GROUPING(l.owner_id) = 0 THEN 'owner'
                       ELSE 'zone' END AS dimension,
                  COALESCE(l.track, l.park, l.owner_id::text, '') AS key,
                  COALESCE(sum(l.signed_amount_wan), 0) AS signed_wan,
                  count(*)::int AS lead_count,
                  GROUPING(l.park) = 0 AND l.park IS NULL AS park_unset
             FROM leads l
            WHERE ${countsInYearSql('l', '$1')}
            GROUP BY GROUPING SETS ((), (l.track), (l.park), (l.owner_id))
         ) g
         WHERE NOT g.park_unset`,
        [year],
      );
      await m.query(
        `INSERT INTO target_total_runs (year, as_of) VALUES ($1, now())
         ON CONFLICT (year) DO UPDATE SET as_of = EXCLUDED.as_of`,
        [year],
      );
    });
  }

  /** Every year with a target, a signing, or totals computed before (so stale totals get cleared too). */
  async yearsToCompute(): Promise<number[]> {
    const rows = await rowsOf<{ year: number }>(
      this.db,
      `SELECT year FROM targets
       UNION SELECT year FROM target_total_runs
       UNION SELECT DISTINCT extract(year FROM first_signed_at)::int FROM leads WHERE first_signed_at IS NOT NULL
       ORDER BY 1`,
    );
    return rows.map((r) => r.year);
  }

  async asOf(year: number): Promise<Date | null> {
    const row = await firstRow<{ as_of: Date }>(
      this.db,
      `SELECT as_of FROM target_total_runs WHERE year = $1`,
      [year],
    );
    return row?.as_of ?? null;
  }

  async totals(year: number): Promise<TotalRow[]> {
    const rows = await rowsOf<{
      dimension: TotalsDimension;
      key: string;
      signed_wan: string;
      lead_count: number;
    }>(
      this.db,
      `SELECT dimension, key, signed_wan::text AS signed_wan, lead_count FROM target_totals WHERE year = $1`,
      [year],
    );
    return rows.map((r) => ({
      dimension: r.dimension,
      key: r.key,
      signedWan: r.signed_wan,
      count: r.lead_count,
    }));
  }
}
