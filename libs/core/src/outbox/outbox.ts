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

/**
 * `writeOutbox` as two CTEs of another statement (`p` adds a parameter): `<name>` inserts the row once for each
 * row of CTE `source` (none when the change did not happen) and `<name>_notified` notifies; the statement must
 * read `<name>_notified` (e.g. `(SELECT count(*) FROM <name>_notified)`), since a CTE nobody reads is not run.
 * Atomic with the change: one statement is one transaction.
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
      RETURNING topic),
    ${name}_notified AS (SELECT pg_notify(${p(OUTBOX_CHANNEL)}, topic) FROM ${name})`;
}
