import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, firstRow, mutate, Page, Queryable, rowsOf, toPage } from '@luodi/core';
import type { User } from '@luodi/users';
import {
  dailyListDedupeKey,
  NewNotification,
  NotificationKind,
  NotificationStatus,
  NotificationView,
} from '../notification';

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
  list_date: string | null;
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
  /** The zone date of a daily list. */
  listDate: string | null;
  attempts: number;
  /** The user the row is for, read with the claim; null when they are inactive or gone (the send is skipped). */
  activeRecipient: User | null;
}

/** A claimed row's final state, for `finishMany`. */
export interface FinishedNotification {
  id: string;
  status: 'sent' | 'failed' | 'skipped';
  reason: string | null;
}

/** An item owed in a person's daily list: a pending ledger row of a kind the list carries. */
export interface CarriedRow {
  id: string;
  kind: NotificationKind;
  /** What the item is about, for sources whose subject is not a stage entry (督办: `supervision_issued:{orderId}:…`). */
  dedupeKey: string;
  leadId: string | null;
  offsetDays: number | null;
  stageEntryId: string | null;
  stageDeadline: string | null;
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

/** How many items one daily list carries at most (the rest wait for the next day's list). */
export const DAILY_LIST_MAX_ITEMS = 500;

const COLUMNS = `id, kind, lead_id, user_id, recipient, offset_days, week, stage_entry_id,
  to_char(stage_deadline, 'YYYY-MM-DD') AS stage_deadline, to_char(list_date, 'YYYY-MM-DD') AS list_date,
  status, attempts, sent_at, created_at`;
const CREATED_KEY = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const FREE = `(lease_until IS NULL OR lease_until < now())`;
/** An instant as JavaScript's toISOString() writes it (milliseconds, UTC). */
const isoInstant = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The notification ledger (table `notifications`). The unique dedupe key makes each effect owed once; the
 * conditional claim (status pending and no live lease) makes it sent at most once across duplicate jobs,
 * retries and concurrent workers. Items a daily list carries (escalations) are never claimed on their own: the
 * list that delivers them marks them in the same transaction as itself.
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
   * oldest first, keyset-paginated on (created_at, id) with `after` from the previous batch. Rows of `carried`
   * kinds are left out: a daily list delivers them.
   */
  async findOwed(
    limit: number,
    after: OwedNotification | null,
    carried: readonly NotificationKind[],
  ): Promise<OwedNotification[]> {
    return rowsOf<OwedNotification>(
      this.db,
      `SELECT id, attempts, ${CREATED_KEY} AS "createdKey" FROM notifications
       WHERE status = 'pending' AND ${FREE} AND kind <> ALL($4::text[])
         AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
       ORDER BY created_at, id LIMIT $1`,
      [limit, after?.createdKey ?? null, after?.id ?? null, carried],
    );
  }

  /**
   * Takes the row for one send attempt; null when it is sent, final, held by a live claim elsewhere, or of a kind
   * only a daily list delivers.
   */
  async claim(
    id: string,
    leaseMs: number,
    carried: readonly NotificationKind[],
  ): Promise<ClaimedNotification | null> {
    return (await this.claimMany([id], leaseMs, carried))[0] ?? null;
  }

  /**
   * Takes every row of `ids` that is free for a send attempt, in one statement, with each row's recipient when
   * active (the user as UsersRepository maps it). Rows that are sent, final, held by a live claim elsewhere or of
   * a kind only a daily list delivers are left out. Rows are locked in id order, so two workers claiming
   * overlapping batches wait for each other instead of deadlocking; the second then finds the first's lease.
   */
  async claimMany(
    ids: readonly string[],
    leaseMs: number,
    carried: readonly NotificationKind[],
  ): Promise<ClaimedNotification[]> {
    if (ids.length === 0) return [];
    const rows = await rowsOf<LedgerRow & { active_recipient: User | null }>(
      this.db,
      `WITH c AS (
         UPDATE notifications
            SET lease_until = now() + make_interval(secs => $2::double precision / 1000), attempts = attempts + 1
          WHERE id IN (SELECT id FROM notifications WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE)
            AND status = 'pending' AND ${FREE} AND kind <> ALL($3::text[])
         RETURNING ${COLUMNS}
       )
       SELECT c.*, (SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'role', u.role,
                             'active', u.active, 'createdAt', ${isoInstant('u.created_at')},
                             'updatedAt', ${isoInstant('u.updated_at')})
                      FROM users u WHERE u.id = c.user_id AND u.active) AS active_recipient
         FROM c ORDER BY c.created_at, c.id`,
      [ids, leaseMs, carried],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      leadId: r.lead_id,
      userId: r.user_id,
      recipient: r.recipient,
      offsetDays: r.offset_days,
      week: r.week,
      stageEntryId: r.stage_entry_id,
      stageDeadline: r.stage_deadline,
      listDate: r.list_date,
      attempts: r.attempts,
      activeRecipient: r.active_recipient,
    }));
  }

  async markSent(id: string): Promise<void> {
    await this.deliver(id, [], 'sent', null);
  }

  /** Final: a permanent rejection (5xx), an email that cannot be composed, or one that no longer applies. */
  async markFinal(id: string, status: 'failed' | 'skipped', reason: string): Promise<void> {
    await this.deliver(id, [], status, reason);
  }

  /**
   * Marks many claimed rows final in one statement, each with its own status and reason (a batch's sent emails,
   * skips and rejections). Rows that are no longer pending are left as they are.
   */
  async finishMany(rows: readonly FinishedNotification[]): Promise<void> {
    if (rows.length === 0) return;
    await mutate(
      this.db,
      `UPDATE notifications n
          SET status = f.status, lease_until = NULL, last_error = left(f.reason, 1000),
              sent_at = CASE WHEN f.status = 'sent' THEN now() ELSE n.sent_at END
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS f(id, status, reason)
        WHERE n.id = f.id AND n.status = 'pending'`,
      [rows.map((r) => r.id), rows.map((r) => r.status), rows.map((r) => r.reason)],
    );
  }

  /**
   * Marks a notification final together with the items it carried (a daily list's escalations), in one
   * transaction: the items get the same status, `delivered_by` = the list, and its send time.
   */
  async deliver(
    id: string,
    itemIds: string[],
    status: 'sent' | 'failed' | 'skipped',
    reason: string | null,
  ): Promise<void> {
    const markRow = `UPDATE notifications
           SET status = $2, lease_until = NULL, last_error = left($3, 1000),
               sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END
         WHERE id = $1 AND status = 'pending'`;
    // Nothing carried (every reminder and digest): one statement, no transaction around it.
    if (itemIds.length === 0) return void (await mutate(this.db, markRow, [id, status, reason]));
    await this.db.transaction(async (tx) => {
      const { affected } = await mutate(tx, markRow, [id, status, reason]);
      if (affected === 0) return;
      await mutate(
        tx,
        `UPDATE notifications
           SET status = $2, last_error = left($3, 1000), delivered_by = $1,
               sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END
         WHERE id = ANY($4::uuid[]) AND status = 'pending'`,
        [id, status, reason, itemIds],
      );
    });
  }

  /** After a temporary failure: give the claim back so the retry (or the next scan) can take it. */
  async release(id: string, reason: string): Promise<void> {
    await this.releaseMany([id], reason);
  }

  /** `release` for many rows at once (one statement). */
  async releaseMany(ids: readonly string[], reason: string): Promise<void> {
    if (ids.length === 0) return;
    await mutate(
      this.db,
      `UPDATE notifications SET lease_until = NULL, last_error = left($2, 1000)
        WHERE id = ANY($1::uuid[]) AND status = 'pending'`,
      [ids, reason],
    );
  }

  /** Items that no longer apply (the lead moved on, a nearer reminder superseded them): skipped, never sent. */
  async skip(ids: string[], reason: string): Promise<void> {
    if (ids.length === 0) return;
    await mutate(
      this.db,
      `UPDATE notifications SET status = 'skipped', lease_until = NULL, last_error = left($2, 1000)
       WHERE id = ANY($1::uuid[]) AND status = 'pending'`,
      [ids, reason],
    );
  }

  /** People owed items of the carried kinds, with the address those items were recorded for. */
  async peopleOwed(carried: readonly NotificationKind[]): Promise<{ userId: string; recipient: string }[]> {
    return rowsOf<{ userId: string; recipient: string }>(
      this.db,
      `SELECT user_id AS "userId", min(recipient) AS recipient FROM notifications
       WHERE status = 'pending' AND kind = ANY($1::text[]) AND user_id IS NOT NULL
       GROUP BY user_id ORDER BY user_id`,
      [carried],
    );
  }

  /**
   * Opens today's daily list for a person: an older list still pending and not held by a live claim is
   * superseded (skipped: today's carries its items), then `duban:{userId}:{date}` is inserted unless it exists or
   * another list of theirs is still pending (one pending list per person, a unique index). Returns the new id.
   */
  async openDailyList(userId: string, recipient: string, date: string): Promise<string | null> {
    return this.db.transaction(async (tx) => {
      await mutate(
        tx,
        `UPDATE notifications SET status = 'skipped', last_error = 'superseded by a later daily list'
         WHERE kind = 'daily_duban' AND user_id = $1 AND status = 'pending' AND list_date < $2::date AND ${FREE}`,
        [userId, date],
      );
      const rows = await rowsOf<{ id: string }>(
        tx,
        `INSERT INTO notifications (dedupe_key, kind, user_id, recipient, list_date, status)
         VALUES ($1, 'daily_duban', $2, $3, $4::date, 'pending')
         ON CONFLICT DO NOTHING RETURNING id`,
        [dailyListDedupeKey(userId, date), userId, recipient, date],
      );
      return rows[0]?.id ?? null;
    });
  }

  /** The items a person's daily list would carry now, oldest first (bounded). */
  async carriedFor(userId: string, carried: readonly NotificationKind[]): Promise<CarriedRow[]> {
    return rowsOf<CarriedRow>(
      this.db,
      `SELECT id, kind, dedupe_key AS "dedupeKey", lead_id AS "leadId", offset_days AS "offsetDays", stage_entry_id AS "stageEntryId",
              to_char(stage_deadline, 'YYYY-MM-DD') AS "stageDeadline"
       FROM notifications
       WHERE user_id = $1 AND status = 'pending' AND kind = ANY($2::text[])
       ORDER BY created_at, id LIMIT $3`,
      [userId, carried, DAILY_LIST_MAX_ITEMS],
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
    const after = decodeCursor(cursor, ['instant', 'uuid']);
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
