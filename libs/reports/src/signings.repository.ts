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
 * total is the year's 已签约), over the partial index on `first_signed_at`.
 */
@Injectable()
export class SigningsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byMonth(year: number, scope: ReportScope): Promise<SigningMonthRow[]> {
    const params: unknown[] = [year];
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
