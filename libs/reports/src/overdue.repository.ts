import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rowsOf } from '@luodi/core';
import { ReportScope } from './report';
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
  owner_count: number;
  owner_max_days: number;
}

/** Open leads past their deadline (the predicate of the partial index leads_open_deadline_idx). */
@Injectable()
export class OverdueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run(scope: ReportScope, today: string, limitPerOwner: number): Promise<OverdueRow[]> {
    const params: unknown[] = [today, limitPerOwner];
    const filters = scopeSql(scope, params);
    return rowsOf<OverdueRow>(
      this.db,
      `SELECT o.*, u.name AS owner_name FROM (
         SELECT l.id, l.company_name, l.project_name, l.track, l.park, l.stage,
                to_char(l.stage_deadline, 'YYYY-MM-DD') AS stage_deadline,
                ($1::date - l.stage_deadline) AS days_overdue,
                l.planned_investment_wan::text AS planned_investment_wan, l.owner_id, l.leader_id,
                row_number() OVER (PARTITION BY l.owner_id ORDER BY l.stage_deadline, l.id) AS rn,
                count(*) OVER (PARTITION BY l.owner_id)::int AS owner_count,
                ($1::date - min(l.stage_deadline) OVER (PARTITION BY l.owner_id)) AS owner_max_days
           FROM leads l
          WHERE l.stage NOT IN ('production', 'lost') AND l.stage_deadline IS NOT NULL
            AND l.stage_deadline < $1::date ${filters}
       ) o LEFT JOIN users u ON u.id = o.owner_id
       WHERE o.rn <= $2
       ORDER BY o.owner_count DESC, o.owner_id, o.rn`,
      params,
    );
  }
}
