import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { openLeadSql } from '@luodi/catalog';
import { rowsOf } from '@luodi/core';
import { countsInYearSql } from '@luodi/targets';
import { OwnersParams } from './report';
import { scopeSql } from './report-sql';

export interface OwnerRow {
  owner_id: string;
  owner_name: string | null;
  role: string | null;
  active: boolean | null;
  stages: Record<string, number> | null;
  signed_wan: string;
  signed_count: number;
  target_wan: string | null;
  overdue_count: number;
  activities_count: number;
}

/**
 * 绩效 per owner. Owners listed: active staff, anyone who owns a lead matching the scope, and anyone with an
 * owner target for the year. Each part is its own grouped query over an index, joined by owner id.
 */
@Injectable()
export class OwnersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run(p: OwnersParams, today: string, timeZone: string): Promise<OwnerRow[]> {
    const params: unknown[] = [p.year, today, timeZone];
    const filters = scopeSql(p, params);
    const onlyOwner = p.ownerId ? `WHERE o.id = $${params.indexOf(p.ownerId) + 1}::uuid` : '';
    const staffFilter = p.track || p.park ? 'false' : `u.role = 'staff' AND u.active`;
    return rowsOf<OwnerRow>(
      this.db,
      `WITH by_stage AS (
         SELECT l.owner_id, l.stage, count(*)::int AS n FROM leads l WHERE true ${filters} GROUP BY l.owner_id, l.stage
       ),
       stages AS (SELECT owner_id, jsonb_object_agg(stage, n) AS stages FROM by_stage GROUP BY owner_id),
       signed AS (
         SELECT l.owner_id, sum(l.signed_amount_wan) AS wan, count(*)::int AS n
           FROM leads l WHERE ${countsInYearSql('l', '$1')} ${filters} GROUP BY l.owner_id
       ),
       overdue AS (
         SELECT l.owner_id, count(*)::int AS n FROM leads l
          WHERE ${openLeadSql('l')} AND l.stage_deadline IS NOT NULL
            AND l.stage_deadline < $2::date ${filters}
          GROUP BY l.owner_id
       ),
       activities AS (
         SELECT a.by_user_id AS owner_id, count(*)::int AS n FROM lead_activities a
          WHERE a.by_user_id IS NOT NULL
            AND a.occurred_at >= make_date($1::int, 1, 1)::timestamp AT TIME ZONE $3
            AND a.occurred_at < make_date($1::int + 1, 1, 1)::timestamp AT TIME ZONE $3
          GROUP BY a.by_user_id
       ),
       targets AS (
         SELECT key::uuid AS owner_id, amount_wan FROM target_breakdowns WHERE year = $1 AND dimension = 'owner'
       ),
       owners AS (
         SELECT owner_id AS id FROM stages
         UNION SELECT owner_id FROM targets
         UNION SELECT u.id FROM users u WHERE ${staffFilter}
       )
       SELECT o.id AS owner_id, u.name AS owner_name, u.role, u.active, s.stages,
              COALESCE(sg.wan, 0)::text AS signed_wan, COALESCE(sg.n, 0) AS signed_count,
              t.amount_wan::text AS target_wan, COALESCE(od.n, 0) AS overdue_count, COALESCE(a.n, 0) AS activities_count
         FROM owners o
         LEFT JOIN users u ON u.id = o.id
         LEFT JOIN stages s ON s.owner_id = o.id
         LEFT JOIN signed sg ON sg.owner_id = o.id
         LEFT JOIN overdue od ON od.owner_id = o.id
         LEFT JOIN activities a ON a.owner_id = o.id
         LEFT JOIN targets t ON t.owner_id = o.id
         ${onlyOwner}
        ORDER BY COALESCE(sg.wan, 0) DESC, u.name, o.id`,
      params,
    );
  }
}
