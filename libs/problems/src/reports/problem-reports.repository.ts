import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rowsOf } from '@luodi/core';
import { ProblemFigures, SupervisionFigures } from './problem-reports';

export interface ProblemReportParams {
  from: string;
  to: string;
  asOf: string;
  track?: string;
  park?: string;
  zone: string;
}

type Grouped<K extends string> = ProblemFigures & Record<K, string | null>;

/**
 * The problems report in SQL: each problem's zone dates once (a CTE), then the figures by GROUPING SETS (category,
 * department, total) in one scan; medians by percentile_cont over whole days.
 */
@Injectable()
export class ProblemReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  problems(
    p: ProblemReportParams,
  ): Promise<(Grouped<'category'> & { department_id: string | null; grouping: number })[]> {
    const params: unknown[] = [p.from, p.to, p.asOf, p.zone];
    const where: string[] = [];
    if (p.track) where.push(`l.track = $${params.push(p.track)}`);
    if (p.park) where.push(`l.park = $${params.push(p.park)}`);
    return rowsOf(
      this.db,
      `WITH f AS (
         SELECT p.category, p.department_id, p.due_date,
                (p.created_at AT TIME ZONE $4)::date AS opened_on,
                (p.resolved_at AT TIME ZONE $4)::date AS resolved_on
         FROM problems p JOIN leads l ON l.id = p.lead_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''})
       SELECT category, department_id, GROUPING(category, department_id)::int AS grouping,
              count(*) FILTER (WHERE opened_on BETWEEN $1::date AND $2::date)::int AS opened,
              count(*) FILTER (WHERE resolved_on BETWEEN $1::date AND $2::date)::int AS resolved,
              count(*) FILTER (WHERE opened_on <= $3::date AND (resolved_on IS NULL OR resolved_on > $3::date))::int AS open,
              count(*) FILTER (WHERE opened_on <= $3::date AND (resolved_on IS NULL OR resolved_on > $3::date)
                                 AND due_date < $3::date)::int AS overdue,
              (percentile_cont(0.5) WITHIN GROUP (ORDER BY resolved_on - opened_on)
                 FILTER (WHERE resolved_on BETWEEN $1::date AND $2::date))::float8 AS "medianDaysToResolve"
       FROM f GROUP BY GROUPING SETS ((category), (department_id), ())`,
      params,
    );
  }

  departmentNames(): Promise<{ id: string; name: string }[]> {
    return rowsOf(this.db, `SELECT id, name FROM departments ORDER BY name, id`);
  }

  /** By assignee, for orders issued in [from, to]; `today` decides `overdue`. */
  supervisions(
    from: string,
    to: string,
    today: string,
    zone: string,
  ): Promise<(SupervisionFigures & { userId: string | null; name: string | null })[]> {
    return rowsOf(
      this.db,
      `WITH f AS (
         SELECT a.user_id, o.status, o.due_date,
                (a.acknowledged_at AT TIME ZONE $4)::date AS acknowledged_on,
                (SELECT (max(r.at) AT TIME ZONE $4)::date FROM supervision_reports r
                  WHERE r.order_id = o.id AND r.done) AS done_on
         FROM supervision_orders o JOIN supervision_assignees a ON a.order_id = o.id
         WHERE (o.created_at AT TIME ZONE $4)::date BETWEEN $1::date AND $2::date)
       SELECT f.user_id AS "userId", u.name,
              count(*)::int AS issued,
              count(*) FILTER (WHERE acknowledged_on <= due_date)::int AS "acknowledgedOnTime",
              count(*) FILTER (WHERE status IN ('reported', 'closed') AND done_on <= due_date)::int AS "doneOnTime",
              count(*) FILTER (WHERE status NOT IN ('reported', 'closed') AND due_date < $3::date)::int AS overdue
       FROM f LEFT JOIN users u ON u.id = f.user_id
       GROUP BY GROUPING SETS ((f.user_id, u.name), ())
       ORDER BY u.name NULLS LAST, f.user_id NULLS LAST`,
      [from, to, today, zone],
    );
  }
}
