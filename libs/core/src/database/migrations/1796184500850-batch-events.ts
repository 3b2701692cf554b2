import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 三个一批 events: `batch_events` (name, zone date, period number) and `batch_event_entries` (a lead nominated to
 * the signing, construction-start or production list, with its expected annual output). The notification ledger
 * gains the kind `batch_event_due` (a nominated lead not at its stage a week before the event), added to whatever
 * kinds the constraint allows when this runs, so migrations adding other kinds do not undo each other.
 */
export class BatchEvents1796184500850 implements MigrationInterface {
  name = 'BatchEvents1796184500850';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE batch_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        date date NOT NULL,
        period int NULL CHECK (period BETWEEN 1 AND 1000),
        created_by uuid NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX batch_events_date_idx ON batch_events (date DESC, id)`);
    await q.query(`
      CREATE TABLE batch_event_entries (
        event_id uuid NOT NULL REFERENCES batch_events (id) ON DELETE CASCADE,
        lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        list text NOT NULL CHECK (list IN ('signing', 'construction', 'production')),
        expected_output_wan numeric(16, 4) NULL CHECK (expected_output_wan > 0),
        created_by uuid NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, lead_id)
      )`);
    await q.query(`CREATE INDEX batch_event_entries_lead_idx ON batch_event_entries (lead_id)`);
    await this.kinds(q, (kinds) => [...new Set([...kinds, 'batch_event_due'])]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind = 'batch_event_due'`);
    await this.kinds(q, (kinds) => kinds.filter((k) => k !== 'batch_event_due'));
    await q.query(`DROP TABLE batch_event_entries`);
    await q.query(`DROP TABLE batch_events`);
  }

  /** Rewrites notifications_kind_check with the kinds it allows now, changed by `change`. */
  private async kinds(q: QueryRunner, change: (kinds: string[]) => string[]): Promise<void> {
    const [row] = (await q.query(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'notifications_kind_check'`,
    )) as { def: string }[];
    const kinds = change([...(row?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]));
    const list = kinds.map((k) => `'${k}'`).join(', ');
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${list}))`,
    );
  }
}
