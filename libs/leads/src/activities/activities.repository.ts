import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, firstRow, Page, Queryable, rowsOf, toPage } from '@luodi/core';
import { ActivityKind, LeadActivity } from '../lead/lead';

/** A lead's activities (洽谈记录). */
@Injectable()
export class ActivitiesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    tx: Queryable,
    a: {
      leadId: string;
      kind: ActivityKind;
      occurredAt: string;
      summary: string;
      nextFollowUpAt: string | null;
      byUserId: string;
    },
  ): Promise<LeadActivity> {
    const row = await firstRow<ActivityRow>(
      tx,
      `INSERT INTO lead_activities (lead_id, kind, occurred_at, summary, next_follow_up_at, by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${ACTIVITY_COLUMNS}`,
      [a.leadId, a.kind, a.occurredAt, a.summary, a.nextFollowUpAt, a.byUserId],
    );
    return toActivity(row!);
  }

  async list(leadId: string, limit: number, cursor?: string): Promise<Page<LeadActivity>> {
    const after = decodeCursor(cursor, ['instant', 'uuid']);
    const rows = await rowsOf<ActivityRow>(
      this.db,
      `SELECT ${ACTIVITY_COLUMNS} FROM lead_activities WHERE lead_id = $1
         AND ($2::timestamptz IS NULL OR (occurred_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY occurred_at DESC, id DESC LIMIT $4`,
      [leadId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    return toPage(rows, limit, toActivity, (r) => [r.occurred_key, r.id]);
  }
}

export interface ActivityRow {
  id: string;
  kind: ActivityKind;
  occurred_at: Date;
  occurred_key: string;
  summary: string;
  next_follow_up_at: Date | null;
  by_user_id: string | null;
  created_at: Date;
}

const ACTIVITY_COLUMNS = `id, kind, occurred_at, summary, next_follow_up_at, by_user_id, created_at,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_key`;

export function toActivity(r: ActivityRow): LeadActivity {
  return {
    id: r.id,
    kind: r.kind,
    occurredAt: r.occurred_at.toISOString(),
    summary: r.summary,
    nextFollowUpAt: r.next_follow_up_at?.toISOString() ?? null,
    byUserId: r.by_user_id,
    createdAt: r.created_at.toISOString(),
  };
}
