import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
function filtersOf(scope: OverdueParams, params: unknown[]): string {
  let sql = scopeSql(scope, params);
  if (scope.leaderId) sql += ` AND l.leader_id = $${params.push(scope.leaderId)}::uuid`;
  return sql;
}

/** Open leads past their deadline ($1: today); the predicate of the partial index leads_overdue_cover_idx. */
const OVERDUE = `l.stage NOT IN ('production', 'lost') AND l.stage_deadline IS NOT NULL AND l.stage_deadline < $1::date`;

/**
 * Open leads past their deadline: the counts by owner and by 包联领导 in one pass over the covering partial index
 * leads_overdue_cover_idx (an index-only scan: the heap is not read), and the leads themselves a page at a time,
 * the most overdue first, by keyset on (stage_deadline, id).
 */
@Injectable()
export class OverdueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async summary(scope: OverdueParams, today: string): Promise<OverdueGroupRow[]> {
    const params: unknown[] = [today];
    const filters = filtersOf(scope, params);
    return rowsOf<OverdueGroupRow>(
      this.db,
      `WITH g AS (
         SELECT CASE WHEN grouping(l.owner_id) = 0 THEN 'owner' ELSE 'leader' END AS by,
                CASE WHEN grouping(l.owner_id) = 0 THEN l.owner_id ELSE l.leader_id END AS id,
                count(*)::int AS n, ($1::date - min(l.stage_deadline)) AS max_days
           FROM leads l
          WHERE ${OVERDUE} ${filters}
          GROUP BY GROUPING SETS ((l.owner_id), (l.leader_id))
       )
       SELECT g.by, g.id, u.name, g.n, g.max_days FROM g LEFT JOIN users u ON u.id = g.id`,
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
