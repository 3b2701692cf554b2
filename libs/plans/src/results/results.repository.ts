import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow, Queryable, rowsOf } from '@luodi/core';
import { LeadResult } from './result';
import { ResultAggregate } from './results-report';

interface ResultRow {
  lead_id: string;
  year: number;
  quarter: number;
  output_wan: string;
  tax_wan: string;
  employees: number;
  updated_at: Date;
  updated_by: string | null;
}

const toResult = (r: ResultRow): LeadResult => ({
  leadId: r.lead_id,
  quarter: `${r.year}-Q${r.quarter}`,
  outputWan: r.output_wan,
  taxWan: r.tax_wan,
  employees: r.employees,
  updatedAt: r.updated_at.toISOString(),
  updatedBy: r.updated_by,
});

const COLUMNS = `lead_id, year, quarter, output_wan::text AS output_wan, tax_wan::text AS tax_wan, employees,
  updated_at, updated_by`;

/** `lead_results`: one row per producing lead and quarter. */
@Injectable()
export class ResultsRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  async find(leadId: string, year: number, quarter: number, tx?: Queryable): Promise<LeadResult | null> {
    const row = await firstRow<ResultRow>(
      tx ?? this.db,
      `SELECT ${COLUMNS} FROM lead_results WHERE lead_id = $1 AND year = $2 AND quarter = $3`,
      [leadId, year, quarter],
    );
    return row ? toResult(row) : null;
  }

  async forLead(leadId: string): Promise<LeadResult[]> {
    const rows = await rowsOf<ResultRow>(
      this.db,
      `SELECT ${COLUMNS} FROM lead_results WHERE lead_id = $1 ORDER BY year DESC, quarter DESC`,
      [leadId],
    );
    return rows.map(toResult);
  }

  async upsert(
    tx: Queryable,
    leadId: string,
    q: { year: number; quarter: number },
    v: { outputWan: string; taxWan: string; employees: number },
    userId: string,
    changes: Record<string, [unknown, unknown]>,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO lead_results (lead_id, year, quarter, output_wan, tax_wan, employees, updated_by)
       VALUES ($1, $2, $3, $4::numeric, $5::numeric, $6, $7)
       ON CONFLICT (lead_id, year, quarter) DO UPDATE SET output_wan = EXCLUDED.output_wan,
         tax_wan = EXCLUDED.tax_wan, employees = EXCLUDED.employees, updated_by = EXCLUDED.updated_by,
         updated_at = now()`,
      [leadId, q.year, q.quarter, v.outputWan, v.taxWan, v.employees, userId],
    );
    if (Object.keys(changes).length > 0) {
      await tx.query(
        `INSERT INTO lead_audit (lead_id, user_id, action, changes) VALUES ($1, $2, 'result', $3::jsonb)`,
        [leadId, userId, JSON.stringify(changes)],
      );
    }
  }

  /** The year's 新增产值目标, when set. */
  async newOutputTarget(year: number): Promise<string | null> {
    const row = await firstRow<{ wan: string | null }>(
      this.db,
      `SELECT new_output_wan::text AS wan FROM targets WHERE year = $1`,
      [year],
    );
    return row?.wan ?? null;
  }

  /**
   * The year's results for the zone, each track and park, and each quarter. A lead's 就业 over a period is its
   * latest reported headcount in it (people employed, not a flow), so periods add leads' latest figures.
   */
  async aggregates(f: { year: number; track?: string; park?: string }): Promise<ResultAggregate[]> {
    const params: unknown[] = [f.year];
    let where = '';
    if (f.track) {
      params.push(f.track);
      where += ` AND l.track = $${params.length}`;
    }
    if (f.park) {
      params.push(f.park);
      where += ` AND l.park = $${params.length}`;
    }
    return rowsOf<ResultAggregate>(
      this.db,
      `WITH r AS MATERIALIZED (
         SELECT r.lead_id, r.quarter, r.output_wan, r.tax_wan, r.employees, l.track, l.park
           FROM lead_results r JOIN leads l ON l.id = r.lead_id
          WHERE r.year = $1 ${where}
       ),
       per_lead AS (
         SELECT r.lead_id, r.track, r.park, sum(r.output_wan) AS output_wan, sum(r.tax_wan) AS tax_wan,
                (array_agg(r.employees ORDER BY r.quarter DESC))[1] AS employees
           FROM r GROUP BY r.lead_id, r.track, r.park
       )
       SELECT CASE WHEN GROUPING(p.track) = 0 THEN 'track' WHEN GROUPING(p.park) = 0 THEN 'park' ELSE 'zone' END
                AS level,
              COALESCE(p.track, p.park) AS key, count(*)::int AS projects,
              sum(p.output_wan)::numeric(20, 4)::text AS "outputWan", sum(p.tax_wan)::numeric(20, 4)::text AS "taxWan",
              sum(p.employees)::int AS employees
         FROM per_lead p GROUP BY GROUPING SETS ((), (p.track), (p.park))
       UNION ALL
       SELECT 'quarter', r.quarter::text, count(*)::int, sum(r.output_wan)::numeric(20, 4)::text,
              sum(r.tax_wan)::numeric(20, 4)::text, sum(r.employees)::int
         FROM r GROUP BY r.quarter`,
      params,
    );
  }
}
