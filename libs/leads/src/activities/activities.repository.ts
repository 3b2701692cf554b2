import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  decodeCursor,
  Page,
  preparedFirstRow,
  PreparedStatement,
  retryTransient,
  rowsOf,
  toPage,
} from '@luodi/core';
import { ActivityKind, LeadActivity } from '../lead/lead';

const ACTIVITY_COLUMNS = `id, kind, occurred_at, summary, next_follow_up_at, by_user_id, created_at,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_key`;

/** See `insertTouchingLead`: prepared, planned once per connection. */
const INSERT_TOUCHING_LEAD: PreparedStatement = {
  name: 'lead_activities_insert_touching_lead',
  text: `
    WITH a AS (
      INSERT INTO lead_activities (lead_id, kind, occurred_at, summary, next_follow_up_at, by_user_id)
      VALUES ($1, $2, $3, $4, $5, $6) RETURNING *),
    touch AS (
      UPDATE leads l SET last_activity_at = GREATEST(l.last_activity_at, a.occurred_at),
        next_follow_up_at = GREATEST(l.next_follow_up_at, a.next_follow_up_at), version = l.version + 1,
        updated_at = now()
      FROM a WHERE l.id = a.lead_id),
    audit AS (
      INSERT INTO lead_audit (lead_id, user_id, action, changes)
      SELECT a.lead_id, a.by_user_id, 'activity', jsonb_build_object('activity', jsonb_build_array(NULL,
        jsonb_build_object('id', a.id, 'kind', a.kind, 'summary', a.summary,
          'occurredAt', to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))))
      FROM a)
    SELECT ${ACTIVITY_COLUMNS} FROM a`,
};

/** A lead's activities (洽谈记录). */
@Injectable()
export class ActivitiesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * An activity with its effects in one statement (one round trip, atomic by itself): the activity row, the
   * lead's lastActivityAt / nextFollowUpAt moved forward (GREATEST ignores nulls) with its version bumped, and the `activity` audit entry (as AuditRepository.record writes it).
   */
  async insertTouchingLead(a: {
    leadId: string;
    kind: ActivityKind;
    occurredAt: string;
    summary: string;
    nextFollowUpAt: string | null;
    byUserId: string;
  }): Promise<LeadActivity> {
    const params = [a.leadId, a.kind, a.occurredAt, a.summary, a.nextFollowUpAt, a.byUserId];
    const row = await retryTransient(() =>
      preparedFirstRow<ActivityRow>(this.db, INSERT_TOUCHING_LEAD, params),
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
