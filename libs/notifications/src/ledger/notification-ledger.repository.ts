import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, firstRow, mutate, Page, Queryable, rowsOf, toPage } from '@luodi/core';
import { NewNotification, NotificationKind, NotificationStatus, NotificationView } from './notification';

interface LedgerRow {
  id: string;
  kind: NotificationKind;
  lead_id: string | null;
  user_id: string | null;
  recipient: string;
  offset_days: number | null;
  week: string | null;
  stage_entry_id: string | null;
  stage_deadline: string | null;
  status: NotificationStatus;
  attempts: number;
  sent_at: Date | null;
  created_at: Date;
  created_key?: string;
}

/** A claimed notification: everything the sender needs to render and check it. */
export interface ClaimedNotification {
  id: string;
  kind: NotificationKind;
  leadId: string | null;
  userId: string | null;
  recipient: string;
  offsetDays: number | null;
  week: string | null;
  stageEntryId: string | null;
  stageDeadline: string | null;
  attempts: number;
}

/** A ledger row that is owed a send job (pending, not held by a live claim). */
export interface OwedNotification {
  id: string;
  attempts: number;
  /** created_at with microseconds: the keyset position. */
  createdKey: string;
}

export interface NotificationFilter {
  leadId?: string;
  userId?: string;
  kind?: NotificationKind;
}

const COLUMNS = `id, kind, lead_id, user_id, recipient, offset_days, week, stage_entry_id,
  to_char(stage_deadline, 'YYYY-MM-DD') AS stage_deadline, status, attempts, sent_at, created_at`;
const CREATED_KEY = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The notification ledger (table `notifications`). The unique dedupe key makes each effect owed once; the
 * conditional claim (status pending and no live lease) makes it sent at most once across duplicate jobs,
 * retries and concurrent workers.
 */
@Injectable()
export class NotificationLedgerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts the rows not already in the ledger; returns the ids of the new pending ones. */
  async insertNew(rows: NewNotification[], tx: Queryable = this.db): Promise<string[]> {
    if (rows.length === 0) return [];
    const inserted = await rowsOf<{ id: string; status: string }>(
      tx,
      `INSERT INTO notifications
         (dedupe_key, kind, lead_id, user_id, recipient, offset_days, week, stage_entry_id, stage_deadline,
          status, last_error)
       SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::text[],
                            $8::uuid[], $9::date[], $10::text[], $11::text[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, status`,
      [
        rows.map((r) => r.dedupeKey),
        rows.map((r) => r.kind),
        rows.map((r) => r.leadId),
        rows.map((r) => r.userId),
        rows.map((r) => r.recipient),
        rows.map((r) => r.offsetDays),
        rows.map((r) => r.week),
        rows.map((r) => r.stageEntryId),
        rows.map((r) => r.stageDeadline),
        rows.map((r) => r.status),
        rows.map((r) => r.lastError),
      ],
    );
    return inserted.filter((r) => r.status === 'pending').map((r) => r.id);
  }

  /**
   * Pending rows nobody holds (never claimed, released after a temporary failure, or a lease that ran out),
   * oldest first, keyset-paginated on (created_at, id) with `after` from the previous batch.
   */
  async findOwed(limit: number, after: OwedNotification | null = null): Promise<OwedNotification[]> {
    return rowsOf<OwedNotification>(
      this.db,
      `SELECT id, attempts, ${CREATED_KEY} AS "createdKey" FROM notifications
       WHERE status = 'pending' AND (lease_until IS NULL OR lease_until < now())
         AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
       ORDER BY created_at, id LIMIT $1`,
      [limit, after?.createdKey ?? null, after?.id ?? null],
    );
  }

  /** Takes the row for one send attempt; null when it is sent, final, or held by a live claim elsewhere. */
  async claim(id: string, leaseMs: number): Promise<ClaimedNotification | null> {
    const { rows } = await mutate<LedgerRow>(
      this.db,
      `UPDATE notifications
         SET lease_until = now() + make_interval(secs => $2::double precision / 1000), attempts = attempts + 1
       WHERE id = $1 AND status = 'pending' AND (lease_until IS NULL OR lease_until < now())
       RETURNING ${COLUMNS}`,
      [id, leaseMs],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      kind: r.kind,
      leadId: r.lead_id,
      userId: r.user_id,
      recipient: r.recipient,
      offsetDays: r.offset_days,
      week: r.week,
      stageEntryId: r.stage_entry_id,
      stageDeadline: r.stage_deadline,
      attempts: r.attempts,
    };
  }

  async markSent(id: string): Promise<void> {
    await mutate(
      this.db,
      `UPDATE notifications SET status = 'sent', sent_at = now(), lease_until = NULL, last_error = NULL
       WHERE id = $1 AND status = 'pending'`,
      [id],
    );
  }

  /** Final: a permanent rejection (5xx) or a notification that no longer applies. */
  async markFinal(id: string, status: 'failed' | 'skipped', reason: string): Promise<void> {
    await mutate(
      this.db,
      `UPDATE notifications SET status = $2, lease_until = NULL, last_error = left($3, 1000)
       WHERE id = $1 AND status = 'pending'`,
      [id, status, reason],
    );
  }

  /** After a temporary failure: give the claim back so the retry (or the next scan) can take it. */
  async release(id: string, reason: string): Promise<void> {
    await mutate(
      this.db,
      `UPDATE notifications SET lease_until = NULL, last_error = left($2, 1000) WHERE id = $1 AND status = 'pending'`,
      [id, reason],
    );
  }

  async findById(id: string): Promise<NotificationView | null> {
    const row = await firstRow<LedgerRow>(this.db, `SELECT ${COLUMNS} FROM notifications WHERE id = $1`, [
      id,
    ]);
    return row ? toView(row) : null;
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(filter: NotificationFilter, limit: number, cursor?: string): Promise<Page<NotificationView>> {
    const after = decodeCursor(cursor, 2);
    const rows = await rowsOf<LedgerRow>(
      this.db,
      `SELECT ${COLUMNS}, ${CREATED_KEY} AS created_key FROM notifications
       WHERE ($1::uuid IS NULL OR lead_id = $1) AND ($2::uuid IS NULL OR user_id = $2)
         AND ($3::text IS NULL OR kind = $3)
         AND ($4::timestamptz IS NULL OR (created_at, id) < ($4::timestamptz, $5::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $6`,
      [
        filter.leadId ?? null,
        filter.userId ?? null,
        filter.kind ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        limit + 1,
      ],
    );
    return toPage(rows, limit, toView, (r) => [r.created_key ?? null, r.id]);
  }
}

function toView(r: LedgerRow): NotificationView {
  return {
    id: r.id,
    kind: r.kind,
    offsetDays: r.offset_days,
    leadId: r.lead_id,
    userId: r.user_id,
    recipient: r.recipient,
    week: r.week,
    status: r.status,
    attempts: r.attempts,
    sentAt: r.sent_at ? r.sent_at.toISOString() : null,
    createdAt: r.created_at.toISOString(),
  };
}
