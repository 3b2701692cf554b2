import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { openLeadSql } from '@luodi/catalog';
import { rowsOf } from '@luodi/core';
import { OverdueParams } from './report';
import { scopeSql } from './report-sql';

export interface OverdueRow {
  id: string;
  company_name: string;
  project_name: string;
  track: string;
  park: string | null;
  stage: string;
  stage_deadline: string;
  days_overdue: number;
  planned_investment_wan: string;
  owner_id: string;
  owner_name: string | null;
  leader_id: string | null;
  leader_name: string | null;
}

/** One group of the summary: an owner's (`by = 'owner'`) or a 包联领导's (`by = 'leader'`, id null: none). */
export interface OverdueGroupRow {
  by: 'owner' | 'leader';
  id: string | null;
  name: string | null;
  n: number;
  max_days: number;
}

/** The scope filters plus the 包联领导 (a report parameter of the overdue list only). */
function filtersOf(scope: OverdueParams, params: unknown[], alias = 'l'): string {
  let sql = scopeSql(scope, params, alias);
  if (scope.leaderId) sql += ` AND ${alias}.leader_id = $${params.push(scope.leaderId)}::uuid`;
  return sql;
}

/** Open leads with a deadline: the predicate of the partial indexes the report reads. */
const OPEN = `${openLeadSql('l')} AND l.stage_deadline IS NOT NULL`;
/** Open leads past their deadline ($1: today). */
const OVERDUE = `${OPEN} AND l.stage_deadline < $1::date`;

/** The summary's groups from per-(owner, 包联领导) counts `counts (owner_id, leader_id, n)`. */
const GROUPS = `
  SELECT CASE WHEN grouping(owner_id) = 0 THEN 'owner' ELSE 'leader' END AS by,
         CASE WHEN grouping(owner_id) = 0 THEN owner_id ELSE leader_id END AS id, sum(n)::int AS n
    FROM counts GROUP BY GROUPING SETS ((owner_id), (leader_id)) HAVING sum(n) > 0`;

/**
 * Open leads past their deadline: the counts by owner and by 包联领导 (see `summary`), and the leads themselves
 * a page at a time, the most overdue first, by keyset on (stage_deadline, id).
 */
@Injectable()
export class OverdueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Counts and longest overdue per owner and per 包联领导. Without a track or park in scope, the counts are the
   * whole months before this one from lead_overdue_months (~12,000 rows at 1M leads) plus this month's days
   * before today from the covering index, and each group's oldest deadline one index probe; with a track or
   * park (which those counts do not split by), one grouped pass over the covering index.
   */
  async summary(scope: OverdueParams, today: string): Promise<OverdueGroupRow[]> {
    const params: unknown[] = [today];
    const filters = filtersOf(scope, params);
    if (scope.track || scope.park) {
      return rowsOf<OverdueGroupRow>(
        this.db,
        `WITH counts AS (
           SELECT l.owner_id, l.leader_id, count(*)::int AS n, min(l.stage_deadline) AS first
             FROM leads l WHERE ${OVERDUE} ${filters} GROUP BY l.owner_id, l.leader_id
         ),
         g AS (
           SELECT CASE WHEN grouping(owner_id) = 0 THEN 'owner' ELSE 'leader' END AS by,
                  CASE WHEN grouping(owner_id) = 0 THEN owner_id ELSE leader_id END AS id,
                  sum(n)::int AS n, ($1::date - min(first)) AS max_days
             FROM counts GROUP BY GROUPING SETS ((owner_id), (leader_id))
         )
         SELECT g.by, g.id, u.name, g.n, g.max_days FROM g LEFT JOIN users u ON u.id = g.id`,
        params,
      );
    }
    // The same filters on the month counts, numbered as `filters` ($2 on): pushed onto a list like `params` was.
    const monthFilters = filtersOf(scope, [today], 'm');
    const first = (match: string) =>
      `(SELECT min(l.stage_deadline) FROM leads l WHERE ${match} AND ${OVERDUE} ${filters})`;
    return rowsOf<OverdueGroupRow>(
      this.db,
      `WITH counts AS (
         -- The view lead_overdue_months without its per-month grouping: only the sums per owner and leader matter.
         SELECT m.owner_id, m.leader_id, m.n
           FROM (SELECT * FROM lead_overdue_months_folded UNION ALL SELECT * FROM lead_overdue_month_deltas) m
          WHERE m.month < date_trunc('month', $1::date)::date ${monthFilters}
         UNION ALL
         SELECT l.owner_id, l.leader_id, count(*)::int FROM leads l
          WHERE ${OVERDUE} AND l.stage_deadline >= date_trunc('month', $1::date)::date ${filters}
          GROUP BY l.owner_id, l.leader_id
       ),
       g AS (${GROUPS})
       SELECT g.by, g.id, u.name, g.n,
              $1::date - CASE WHEN g.by = 'owner' THEN ${first('l.owner_id = g.id')}
                              WHEN g.id IS NOT NULL THEN ${first('l.leader_id = g.id')}
                              ELSE ${first('l.leader_id IS NULL')} END AS max_days
         FROM g LEFT JOIN users u ON u.id = g.id`,
      params,
    );
  }

  /** Up to `limit` overdue leads after `after` ([stage_deadline, id]), the most overdue first. */
  async page(
    scope: OverdueParams,
    today: string,
    limit: number,
    after: [string, string] | null,
  ): Promise<OverdueRow[]> {
    const params: unknown[] = [today];
    const filters = filtersOf(scope, params);
    const keyset = after
      ? ` AND (l.stage_deadline, l.id) > ($${params.push(after[0])}::date, $${params.push(after[1])}::uuid)`
      : '';
    return rowsOf<OverdueRow>(
      this.db,
      `SELECT l.id, l.company_name, l.project_name, l.track, l.park, l.stage,
              to_char(l.stage_deadline, 'YYYY-MM-DD') AS stage_deadline, ($1::date - l.stage_deadline) AS days_overdue,
              l.planned_investment_wan::text AS planned_investment_wan, l.owner_id, u.name AS owner_name, l.leader_id,
              lu.name AS leader_name
         FROM leads l
         LEFT JOIN users u ON u.id = l.owner_id
         LEFT JOIN users lu ON lu.id = l.leader_id
        WHERE ${OVERDUE} ${filters}${keyset}
        ORDER BY l.stage_deadline, l.id LIMIT $${params.push(limit)}`,
      params,
    );
  }
}
