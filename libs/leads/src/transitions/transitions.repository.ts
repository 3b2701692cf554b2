import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow, Queryable, rowsOf } from '@luodi/core';
import type { StageCode } from '@luodi/catalog';
import { LeadTransition } from '../lead/lead';

/** A lead's stage moves (阶段变更记录). */
@Injectable()
export class TransitionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    tx: Queryable,
    t: {
      leadId: string;
      from: StageCode;
      to: StageCode;
      date: string;
      byUserId: string;
      reason: string | null;
    },
  ): Promise<string> {
    const row = await firstRow<{ id: string }>(
      tx,
      `INSERT INTO lead_transitions (lead_id, from_stage, to_stage, date, by_user_id, reason)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [t.leadId, t.from, t.to, t.date, t.byUserId, t.reason],
    );
    return row!.id;
  }

  list(leadId: string): Promise<LeadTransition[]> {
    return rowsOf<LeadTransition>(
      this.db,
      `SELECT from_stage AS "from", to_stage AS "to", to_char(date, 'YYYY-MM-DD') AS date,
              to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, by_user_id AS "byUserId", reason
       FROM lead_transitions WHERE lead_id = $1 ORDER BY at, id`,
      [leadId],
    );
  }
}
