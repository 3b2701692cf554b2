import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, rowsOf, startOfDayInZone } from '@luodi/core';
import { BatchesParams } from './report';
import { scopeSql } from './report-sql';

/** The 三个一批 events. */
export type BatchKind = 'signed' | 'constructionStarted' | 'productionStarted';
/** Every pipeline event a period can list: the 三个一批 plus new leads and landings (the weekly digest's 上周动态). */
export type EventKind = 'created' | BatchKind | 'landed';
export const BATCH_KINDS: readonly BatchKind[] = ['signed', 'constructionStarted', 'productionStarted'];

export interface BatchRow {
  kind: EventKind;
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
  kind: EventKind;
  n: number;
  amount_wan: string;
}

/**
 * 三个一批: leads whose current signing / construction start / production start date falls in the period and
 * whose current stage is still at or after that event. A lead moved back (a correction) or lost afterwards
 * no longer counts, the same rule as the signing totals; a lead that re-signed counts at its latest date.
 * Landings follow the same rule; a new lead counts on the zone date of its creation unless it is now lost.
 */
const EVENTS: Record<Exclude<EventKind, 'created'>, { column: string; stages: string }> = {
  signed: { column: 'signed_at', stages: `('signed','landed','construction','production')` },
  landed: { column: 'landed_at', stages: `('landed','construction','production')` },
  constructionStarted: { column: 'construction_started_at', stages: `('construction','production')` },
  productionStarted: { column: 'production_started_at', stages: `('production')` },
};

const SELECT = `l.id, l.company_name, l.project_name, l.track, l.park, l.stage, l.owner_id`;
const AMOUNT = `COALESCE(l.signed_amount_wan, l.planned_investment_wan)`;

@Injectable()
export class BatchesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private eventsSql(
    p: BatchesParams,
    params: unknown[],
    kinds: readonly EventKind[],
    timeZone: string,
  ): string {
    params.push(p.from, p.to);
    const filters = scopeSql(p, params);
    return kinds
      .map((kind) => {
        if (kind === 'created') {
          // An index-friendly range on created_at: from the zone's start of `from` to the start of the day after `to`.
          params.push(
            startOfDayInZone(p.from, timeZone).toISOString(),
            startOfDayInZone(addDays(p.to, 1), timeZone).toISOString(),
            timeZone,
          );
          const [start, end, zone] = [params.length - 2, params.length - 1, params.length];
          return `SELECT 'created' AS kind, ${SELECT}, (l.created_at AT TIME ZONE $${zone})::date AS date, ${AMOUNT} AS amount
                    FROM leads l
                   WHERE l.created_at >= $${start}::timestamptz AND l.created_at < $${end}::timestamptz
                     AND l.stage <> 'lost' ${filters}`;
        }
        const e = EVENTS[kind];
        return `SELECT '${kind}' AS kind, ${SELECT}, l.${e.column} AS date, ${AMOUNT} AS amount
                  FROM leads l
                 WHERE l.${e.column} BETWEEN $1::date AND $2::date AND l.stage IN ${e.stages} ${filters}`;
      })
      .join(' UNION ALL ');
  }

  async items(
    p: BatchesParams,
    kinds: readonly EventKind[] = BATCH_KINDS,
    timeZone = 'Asia/Shanghai',
  ): Promise<BatchRow[]> {
    const params: unknown[] = [];
    return rowsOf<BatchRow>(
      this.db,
      `SELECT kind, id, company_name, project_name, track, park, stage, owner_id,
              to_char(date, 'YYYY-MM-DD') AS date, amount::text AS amount_wan
         FROM (${this.eventsSql(p, params, kinds, timeZone)}) e ORDER BY kind, date, company_name, id`,
      params,
    );
  }

  async totals(
    p: BatchesParams,
    kinds: readonly EventKind[] = BATCH_KINDS,
    timeZone = 'Asia/Shanghai',
  ): Promise<BatchTotalRow[]> {
    const params: unknown[] = [];
    return rowsOf<BatchTotalRow>(
      this.db,
      `SELECT kind, count(*)::int AS n, sum(amount)::text AS amount_wan
         FROM (${this.eventsSql(p, params, kinds, timeZone)}) e
        GROUP BY kind`,
      params,
    );
  }
}
