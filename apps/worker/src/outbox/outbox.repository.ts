import { Queryable, rowsOf } from '@luodi/core';

export interface OutboxRow {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
}

/** Reads and marks outbox rows inside the caller's transaction. */
export const OutboxRepository = {
  /** Locks a batch of unprocessed rows; SKIP LOCKED lets several workers drain side by side. */
  lockBatch(tx: Queryable, limit: number): Promise<OutboxRow[]> {
    return rowsOf<OutboxRow>(
      tx,
      `SELECT id::text AS id, topic, payload FROM outbox WHERE processed_at IS NULL
       ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  },

  async markProcessed(tx: Queryable, ids: string[]): Promise<void> {
    await tx.query(`UPDATE outbox SET processed_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  },
};
