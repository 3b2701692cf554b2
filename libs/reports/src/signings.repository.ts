import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rowsOf } from '@luodi/core';
import { countsInYearSql } from '@luodi/targets';
import { ReportScope } from './report';
import { scopeSql } from './report-sql';

export interface SigningMonthRow {
  month: number;
  signed_wan: string;
  n: number;
}

/**
 * A year's signed amounts by month of the first signing, by the targets' counting rule (so December's running
 * total is the year's 已签约): without an owner filter from the summary lead_cockpit_months (kind `signed`: the
 * leads counting as signed by month of first signing, track, park and stage; migration CockpitSummaries), with
 * one over the partial index on `first_signed_at`.
 */
@Injectable()
export class SigningsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byMonth(year: number, scope: ReportScope, from: 'auto' | 'leads' = 'auto'): Promise<SigningMonthRow[]> {
    const params: unknown[] = [year];
    if (!scope.ownerId && from === 'auto') {
      return rowsOf<SigningMonthRow>(
        this.db,
        `SELECT extract(month FROM m.month)::int AS month, COALESCE(sum(m.amount), 0)::text AS signed_wan,
                sum(m.n)::int AS n
           FROM lead_cockpit_months m
          WHERE m.kind = 'signed' AND m.month >= make_date($1::int, 1, 1) AND m.month < make_date($1::int + 1, 1, 1)
                ${scopeSql(scope, params, 'm')}
          GROUP BY 1 ORDER BY 1`,
        params,
      );
    }
    const filters = scopeSql(scope, params);
    return rowsOf<SigningMonthRow>(
      this.db,
      `SELECT extract(month FROM l.first_signed_at)::int AS month,
              COALESCE(sum(l.signed_amount_wan), 0)::text AS signed_wan, count(*)::int AS n
         FROM leads l
        WHERE ${countsInYearSql('l', '$1')} ${filters}
        GROUP BY 1 ORDER BY 1`,
      params,
    );
  }
}
