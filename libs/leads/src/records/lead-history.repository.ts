import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, firstRow, Page, Queryable, rowsOf, toPage } from '@luodi/core';
import type { StageCode } from '@luodi/catalog';
import {
  ActivityKind,
  ApprovalKind,
  ApprovalStatus,
  LeadActivity,
  LeadAuditEntry,
  LeadInvestment,
  LeadTransition,
} from '../lead/lead';

/** Everything recorded about a lead besides its row: transitions, audit, approvals, activities, investments. */
@Injectable()
export class LeadHistoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertTransition(
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

  transitions(leadId: string): Promise<LeadTransition[]> {
    return rowsOf<LeadTransition>(
      this.db,
      `SELECT from_stage AS "from", to_stage AS "to", to_char(date, 'YYYY-MM-DD') AS date,
              to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, by_user_id AS "byUserId", reason
       FROM lead_transitions WHERE lead_id = $1 ORDER BY at, id`,
      [leadId],
    );
  }

  async audit(
    tx: Queryable,
    leadId: string,
    userId: string | null,
    action: string,
    changes: Record<string, [unknown, unknown]>,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO lead_audit (lead_id, user_id, action, changes) VALUES ($1, $2, $3, $4::jsonb)`,
      [leadId, userId, action, JSON.stringify(changes)],
    );
  }

  async auditMany(
    tx: Queryable,
    entries: { leadId: string; changes: Record<string, [unknown, unknown]> }[],
    userId: string,
    action: string,
  ): Promise<void> {
    if (entries.length === 0) return;
    await tx.query(
      `INSERT INTO lead_audit (lead_id, user_id, action, changes)
       SELECT id, $3, $4, c FROM unnest($1::uuid[], $2::jsonb[]) AS x(id, c)`,
      [entries.map((e) => e.leadId), entries.map((e) => JSON.stringify(e.changes)), userId, action],
    );
  }

  auditTrail(leadId: string): Promise<LeadAuditEntry[]> {
    return rowsOf<LeadAuditEntry>(
      this.db,
      `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, user_id AS "userId", action, changes
       FROM lead_audit WHERE lead_id = $1 ORDER BY id`,
      [leadId],
    );
  }

  /** Sets one approval; returns the previous state (pending when there was no row). */
  async upsertApproval(
    tx: Queryable,
    leadId: string,
    kind: ApprovalKind,
    a: { status: ApprovalStatus; doneAt: string | null; documentNo: string | null },
  ): Promise<{ status: ApprovalStatus; doneAt: string | null; documentNo: string | null }> {
    const before = await firstRow<{
      status: ApprovalStatus;
      doneAt: string | null;
      documentNo: string | null;
    }>(
      tx,
      `SELECT status, to_char(done_at, 'YYYY-MM-DD') AS "doneAt", document_no AS "documentNo"
       FROM lead_approvals WHERE lead_id = $1 AND kind = $2 FOR UPDATE`,
      [leadId, kind],
    );
    await tx.query(
      `INSERT INTO lead_approvals (lead_id, kind, status, done_at, document_no) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (lead_id, kind) DO UPDATE SET status = $3, done_at = $4, document_no = $5, updated_at = now()`,
      [leadId, kind, a.status, a.doneAt, a.documentNo],
    );
    return before ?? { status: 'pending', doneAt: null, documentNo: null };
  }

  async insertActivity(
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

  async activities(leadId: string, limit: number, cursor?: string): Promise<Page<LeadActivity>> {
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

  /** Returns the previous values of that month, or null when it was not recorded yet. */
  async upsertInvestment(
    tx: Queryable,
    leadId: string,
    month: string,
    v: { paidInWan: string; completedWan: string },
  ): Promise<{ paidInWan: string; completedWan: string } | null> {
    const before = await firstRow<{ paidInWan: string; completedWan: string }>(
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
  investments(leadId: string): Promise<LeadInvestment[]> {
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

interface ActivityRow {
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

function toActivity(r: ActivityRow): LeadActivity {
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
