import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rowsOf } from '@luodi/core';
import { BatchesParams } from './report';
import { scopeSql } from './report-sql';

export type BatchKind = 'signed' | 'constructionStarted' | 'productionStarted';

export interface BatchRow {
  kind: BatchKind;
  id: string;
  company_name: string;
  project_name: string;
  track: string;
  park: string | null;
  stage: string;
  owner_id: string;
  date: string;
  amount_wan: string;
}

export interface BatchTotalRow {
  kind: BatchKind;
  n: number;
  amount_wan: string;
}

/**
 * 三个一批: leads whose current signing / construction start / production start date falls in the period and
 * whose current stage is still at or after that event. A lead moved back (a correction) or lost afterwards
 * no longer counts, the same rule as the signing totals; a lead that re-signed counts at its latest date.
 */
const EVENTS: { kind: BatchKind; column: string; stages: string }[] = [
  { kind: 'signed', column: 'signed_at', stages: `('signed','landed','construction','production')` },
  { kind: 'constructionStarted', column: 'construction_started_at', stages: `('construction','production')` },
  { kind: 'productionStarted', column: 'production_started_at', stages: `('production')` },
];

@Injectable()
export class BatchesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private eventsSql(p: BatchesParams, params: unknown[]): string {
    params.push(p.from, p.to);
    const filters = scopeSql(p, params);
    return EVENTS.map(
      (
        e,
      ) => `SELECT '${e.kind}' AS kind, l.id, l.company_name, l.project_name, l.track, l.park, l.stage, l.owner_id,
                     l.${e.column} AS date, COALESCE(l.signed_amount_wan, l.planned_investment_wan) AS amount
                FROM leads l
               WHERE l.${e.column} BETWEEN $1::date AND $2::date AND l.stage IN ${e.stages} ${filters}`,
    ).join(' UNION ALL ');
  }

  async items(p: BatchesParams): Promise<BatchRow[]> {
    const params: unknown[] = [];
    return rowsOf<BatchRow>(
      this.db,
      `SELECT kind, id, company_name, project_name, track, park, stage, owner_id,
              to_char(date, 'YYYY-MM-DD') AS date, amount::text AS amount_wan
         FROM (${this.eventsSql(p, params)}) e ORDER BY kind, date, company_name, id`,
      params,
    );
  }

  async totals(p: BatchesParams): Promise<BatchTotalRow[]> {
    const params: unknown[] = [];
    return rowsOf<BatchTotalRow>(
      this.db,
      `SELECT kind, count(*)::int AS n, sum(amount)::text AS amount_wan FROM (${this.eventsSql(p, params)}) e
        GROUP BY kind`,
      params,
    );
  }
}
