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
  owner_count: number;
  owner_max_days: number;
}

export interface OverdueLeaderRow {
  leader_id: string | null;
  leader_name: string | null;
  n: number;
  max_days: number;
}

/** The scope filters plus the 包联领导 (a report parameter of the overdue list only). */
function filtersOf(scope: OverdueParams, params: unknown[]): string {
  let sql = scopeSql(scope, params);
  if (scope.leaderId) sql += ` AND l.leader_id = $${params.push(scope.leaderId)}::uuid`;
  return sql;
}

const OPEN_OVERDUE = `${openLeadSql('l')} AND l.stage_deadline IS NOT NULL`;

/**
 * Open leads past their deadline. The counts per owner come from one grouped pass over the partial index
 * leads_owner_open_deadline_idx; each owner's most overdue leads from a LATERAL walk of the same index (the
 * first `limitPerOwner` entries), so the zone-wide report does not sort every overdue lead.
 */
@Injectable()
export class OverdueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run(scope: OverdueParams, today: string, limitPerOwner: number): Promise<OverdueRow[]> {
    const params: unknown[] = [today, limitPerOwner];
    const filters = filtersOf(scope, params);
    return rowsOf<OverdueRow>(
      this.db,
      `WITH owners AS (
         SELECT l.owner_id, count(*)::int AS owner_count, ($1::date - min(l.stage_deadline)) AS owner_max_days
           FROM leads l
          WHERE ${OPEN_OVERDUE} AND l.stage_deadline < $1::date ${filters}
          GROUP BY l.owner_id
       )
       SELECT x.id, x.company_name, x.project_name, x.track, x.park, x.stage,
              to_char(x.stage_deadline, 'YYYY-MM-DD') AS stage_deadline, ($1::date - x.stage_deadline) AS days_overdue,
              x.planned_investment_wan::text AS planned_investment_wan, o.owner_id, u.name AS owner_name, x.leader_id,
              lu.name AS leader_name, o.owner_count, o.owner_max_days
         FROM owners o
         LEFT JOIN users u ON u.id = o.owner_id
         CROSS JOIN LATERAL (
           SELECT l.* FROM leads l
            WHERE l.owner_id = o.owner_id AND ${OPEN_OVERDUE} AND l.stage_deadline < $1::date ${filters}
            ORDER BY l.stage_deadline, l.id LIMIT $2
         ) x
         LEFT JOIN users lu ON lu.id = x.leader_id
        ORDER BY o.owner_count DESC, o.owner_id, x.stage_deadline, x.id`,
      params,
    );
  }

  /** Overdue counts per 包联领导 (null: leads without one), the longest overdue first. */
  async byLeader(scope: OverdueParams, today: string): Promise<OverdueLeaderRow[]> {
    const params: unknown[] = [today];
    const filters = filtersOf(scope, params);
    return rowsOf<OverdueLeaderRow>(
      this.db,
      `SELECT l.leader_id, u.name AS leader_name, count(*)::int AS n,
              ($1::date - min(l.stage_deadline)) AS max_days
         FROM leads l LEFT JOIN users u ON u.id = l.leader_id
        WHERE ${OPEN_OVERDUE} AND l.stage_deadline < $1::date ${filters}
        GROUP BY l.leader_id, u.name
        ORDER BY max_days DESC, n DESC, l.leader_id NULLS LAST`,
      params,
    );
  }
}
