import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rowsOf } from '@luodi/core';
import { PlanListFilter } from './plan';
import { PlanGroupRow, PlanMonthRow } from './plan-report';
import { planFilterSql } from './plans.repository';

const IN_YEAR = (col: string) =>
  `${col} >= make_date($1::int, 1, 1) AND ${col} < make_date($1::int + 1, 1, 1)`;
/** Planned to start in the year. */
const PLANNED = IN_YEAR('c.planned_start_month');
/** Started construction in the year, and now under construction or producing (not moved back, not lost). */
const STARTED = `${PLANNED} AND ${IN_YEAR('c.construction_started_at')} AND c.stage IN ('construction', 'production')`;

/** The aggregates the plan report is assembled from (see plan-report.ts for the rules). */
@Injectable()
export class PlanReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private cohort(f: PlanListFilter, params: unknown[]): string {
    return `SELECT p.lead_id, p.category, p.build_type, p.planned_investment_wan, p.planned_start_month,
                   l.construction_started_at, l.stage
              FROM lead_plans p JOIN leads l ON l.id = p.lead_id
             WHERE p.year = $1 ${planFilterSql(f, params)}`;
  }

  async groups(f: PlanListFilter): Promise<PlanGroupRow[]> {
    const params: unknown[] = [f.year];
    return rowsOf<PlanGroupRow>(
      this.db,
      `WITH c AS MATERIALIZED (${this.cohort(f, params)})
       SELECT c.category, c.build_type AS "buildType", count(*)::int AS projects,
              sum(c.planned_investment_wan)::text AS "plannedWan",
              count(*) FILTER (WHERE ${PLANNED})::int AS "plannedToStart",
              count(*) FILTER (WHERE ${STARTED})::int AS started,
              COALESCE(sum(i.completed_wan), 0)::numeric(20, 4)::text AS "completedWan"
         FROM c LEFT JOIN lead_investment_years i ON i.lead_id = c.lead_id AND i.year = $1::int
        GROUP BY c.category, c.build_type`,
      params,
    );
  }

  async months(f: PlanListFilter): Promise<PlanMonthRow[]> {
    const params: unknown[] = [f.year];
    return rowsOf<PlanMonthRow>(
      this.db,
      `WITH c AS MATERIALIZED (${this.cohort(f, params)})
       SELECT 'plannedToStart' AS kind, extract(month FROM c.planned_start_month)::int AS month, count(*)::text AS value
         FROM c WHERE ${PLANNED} GROUP BY 2
       UNION ALL
       SELECT 'started', extract(month FROM c.construction_started_at)::int, count(*)::text
         FROM c WHERE ${STARTED} GROUP BY 2
       UNION ALL
       SELECT 'completed', extract(month FROM v.month)::int, sum(v.completed_wan)::text
         FROM c JOIN lead_investments v ON v.lead_id = c.lead_id AND ${IN_YEAR('v.month')} GROUP BY 2`,
      params,
    );
  }
}
