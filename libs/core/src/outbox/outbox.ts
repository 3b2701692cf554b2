import { Queryable } from '../database/sql';

/**
 * The transactional outbox. A row is written in the same transaction as the change that owes work (a signing
 * changes a year's target totals); the worker turns rows into jobs. It LISTENs and drains at once when told
 * (`notifyOutbox`, after the writing transaction has committed), and drains on a schedule as a backstop.
 *
 * The notification is not sent inside the writing transaction: PostgreSQL serialises the commits of notifying
 * transactions on one lock, held until the commit record is flushed, so signings could not commit together
 * (issue 12: transitions at the pg_notify ceiling, pgbench 8,853 → 219 tps). After the commit, the notify is its
 * own transaction with asynchronous commit (no flush to wait for under the lock); if it is lost (a crash between
 * the two), the scheduled drain still finds the row.
 */
export const OUTBOX_CHANNEL = 'luodi_outbox';

export const OutboxTopic = {
  /** payload: { year: number } — the signed totals of that year must be recomputed. */
  TargetsRecompute: 'targets.recompute',
} as const;
export type OutboxTopic = (typeof OutboxTopic)[keyof typeof OutboxTopic];

export interface OutboxPayloads {
  [OutboxTopic.TargetsRecompute]: { year: number };
}

/**
 * Call inside the transaction that makes the change (pass its EntityManager / query runner); once it has
 * committed, call `notifyOutbox`.
 */
export async function writeOutbox<T extends OutboxTopic>(
  tx: Queryable,
  topic: T,
  payload: OutboxPayloads[T],
): Promise<void> {
  await tx.query(`INSERT INTO outbox (topic, payload) VALUES ($1, $2::jsonb)`, [
    topic,
    JSON.stringify(payload),
  ]);
}

/**
 * Wakes the worker for outbox rows already committed. `db` must be the pool (or a connection outside any
 * transaction): the statement is its own transaction, whose commit `set_config(…, true)` makes asynchronous.
 * Never fails: the change it follows has committed, and a row nobody was told of waits for the scheduled drain.
 */
export async function notifyOutbox(db: Queryable, topic: OutboxTopic): Promise<void> {
  try {
    await db.query(`SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, $2)`, [
      OUTBOX_CHANNEL,
      topic,
    ]);
  } catch {
    // the scheduled drain finds the row
  }
}

/**
 * `writeOutbox` as a CTE of another statement (`p` adds a parameter): `<name>` inserts the row once for each row
 * of CTE `source` (none when the change did not happen), atomic with the change (one statement is one
 * transaction). The statement should return `(SELECT count(*) FROM <name>)`, so the caller knows whether to
 * `notifyOutbox` after it.
 */
export function outboxCtes<T extends OutboxTopic>(
  name: string,
  source: string,
  topic: T,
  payload: OutboxPayloads[T],
  p: (v: unknown) => string,
): string {
  const t = p(topic);
  return `${name} AS (INSERT INTO outbox (topic, payload) SELECT ${t}, ${p(JSON.stringify(payload))}::jsonb FROM ${source}
      RETURNING topic)`;
}
