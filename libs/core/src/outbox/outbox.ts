import { Queryable } from '../database/sql';

/**
 * The transactional outbox. A row is written in the same transaction as the change that owes work (a signing
 * changes a year's target totals); the worker turns rows into jobs. `pg_notify` is delivered only when that
 * transaction commits, so the worker can LISTEN and react at once, and still drain on a schedule as a backstop.
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

/** Call inside the transaction that makes the change (pass its EntityManager / query runner). */
export async function writeOutbox<T extends OutboxTopic>(
  tx: Queryable,
  topic: T,
  payload: OutboxPayloads[T],
): Promise<void> {
  await tx.query(`INSERT INTO outbox (topic, payload) VALUES ($1, $2::jsonb)`, [
    topic,
    JSON.stringify(payload),
  ]);
  await tx.query(`SELECT pg_notify($1, $2)`, [OUTBOX_CHANNEL, topic]);
}
