import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow, Queryable, rowsOf } from '@luodi/core';
import { LeadInvestment } from '../lead/lead';

export interface MonthInvestment {
  paidInWan: string;
  completedWan: string;
}

/** A landed lead's monthly investments (到位资金, 投资完成额). */
@Injectable()
export class InvestmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Returns the previous values of that month, or null when it was not recorded yet. */
  async upsert(
    tx: Queryable,
    leadId: string,
    month: string,
    v: MonthInvestment,
  ): Promise<MonthInvestment | null> {
    const before = await firstRow<MonthInvestment>(
      tx,
      `SELECT paid_in_wan::text AS "paidInWan", completed_wan::text AS "completedWan"
       FROM lead_investments WHERE lead_id = $1 AND month = $2::date FOR UPDATE`,
      [leadId, `${month}-01`],
    );
    await tx.query(
      `INSERT INTO lead_investments (lead_id, month, paid_in_wan, completed_wan) VALUES ($1, $2::date, $3, $4)
       ON CONFLICT (lead_id, month) DO UPDATE SET paid_in_wan = $3, completed_wan = $4, updated_at = now()`,
      [leadId, `${month}-01`, v.paidInWan, v.completedWan],
    );
    return before;
  }

  /** Month by month with running totals, summed in SQL (numeric, exact). */
  list(leadId: string): Promise<LeadInvestment[]> {
    return rowsOf<LeadInvestment>(
      this.db,
      `SELECT to_char(month, 'YYYY-MM') AS month, paid_in_wan::text AS "paidInWan", completed_wan::text AS "completedWan",
              (sum(paid_in_wan) OVER w)::numeric(20, 4)::text AS "paidInTotalWan",
              (sum(completed_wan) OVER w)::numeric(20, 4)::text AS "completedTotalWan"
       FROM lead_investments WHERE lead_id = $1
       WINDOW w AS (ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) ORDER BY month`,
      [leadId],
    );
  }
}
