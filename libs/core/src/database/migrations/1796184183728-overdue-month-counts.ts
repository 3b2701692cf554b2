import { MigrationInterface, QueryRunner } from 'typeorm';

/** Open with a deadline: the leads the overdue report and the reminder scan read. */
const OPEN = `stage NOT IN ('production', 'lost') AND stage_deadline IS NOT NULL`;
const KEY = `owner_id, leader_id, date_trunc('month', stage_deadline)::date`;

/**
 * `GET /reports/overdue` at 1M leads: its counts by owner and by 包联领导 grouped some 660,000 overdue leads on
 * every call (0.5–1.7 s). This keeps the open leads with a deadline counted per (owner, 包联领导, deadline month):
 * about 12,000 rows at 1M leads. The report adds the whole months before the current one from here, and reads
 * the current month's days before today from a covering partial index; each group's longest overdue lead is one
 * index probe (leads_owner_open_deadline_idx, and the new leads_leader_open_deadline_idx).
 *
 * Kept like the funnel summaries (migration FunnelSummaryDeltas): statement-level triggers on leads append the
 * net change per key to lead_overdue_month_deltas (no row is locked, so concurrent writers never queue), the view
 * lead_overdue_months adds folded rows and pending deltas (exact at every moment), and lead_overdue_fold(),
 * called by the worker with the funnel's fold, moves the deltas into lead_overdue_months_folded.
 */
export class OverdueMonthCounts1796184183728 implements MigrationInterface {
  name = 'OverdueMonthCounts1796184183728';

  async up(q: QueryRunner): Promise<void> {
    // Two indexes and the backfill read every open lead: no 30 s statement limit here.
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      CREATE TABLE lead_overdue_months_folded (
        owner_id uuid NOT NULL, leader_id uuid NULL, month date NOT NULL, n int NOT NULL,
        CONSTRAINT lead_overdue_months_key UNIQUE NULLS NOT DISTINCT (owner_id, leader_id, month)
      )`);
    await q.query(`
      CREATE TABLE lead_overdue_month_deltas (owner_id uuid NOT NULL, leader_id uuid NULL, month date NOT NULL, n int NOT NULL)`);
    await q.query(`
      CREATE VIEW lead_overdue_months AS
      SELECT owner_id, leader_id, month, sum(n)::int AS n
        FROM (SELECT owner_id, leader_id, month, n FROM lead_overdue_months_folded
              UNION ALL SELECT owner_id, leader_id, month, n FROM lead_overdue_month_deltas) u
       GROUP BY owner_id, leader_id, month HAVING sum(n) <> 0`);
    await q.query(
      `CREATE INDEX leads_leader_open_deadline_idx ON leads (leader_id, stage_deadline) WHERE ${OPEN}`,
    );
    // The current month's days (and a report scoped by track or park, which the month counts do not split by)
    // from the index alone.
    await q.query(
      `CREATE INDEX leads_overdue_cover_idx ON leads (stage_deadline) INCLUDE (owner_id, leader_id, track, park)
       WHERE ${OPEN}`,
    );

    const apply = (name: string, delta: string) => `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO lead_overdue_month_deltas (owner_id, leader_id, month, n)
        SELECT owner_id, leader_id, month, sum(s) FROM (${delta}) d
         GROUP BY 1, 2, 3 HAVING sum(s) <> 0;
        RETURN NULL;
      END $$`;
    const rows = (table: string, s: number) =>
      `SELECT ${KEY} AS month, ${s} AS s FROM ${table} WHERE ${OPEN}`;
    await q.query(apply('lead_overdue_on_insert', rows('new_rows', 1)));
    await q.query(
      apply('lead_overdue_on_update', `${rows('new_rows', 1)} UNION ALL ${rows('old_rows', -1)}`),
    );
    await q.query(apply('lead_overdue_on_delete', rows('old_rows', -1)));
    await q.query(`
      CREATE TRIGGER lead_overdue_insert AFTER INSERT ON leads
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_overdue_on_insert()`);
    await q.query(`
      CREATE TRIGGER lead_overdue_update AFTER UPDATE ON leads
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lead_overdue_on_update()`);
    await q.query(`
      CREATE TRIGGER lead_overdue_delete AFTER DELETE ON leads
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_overdue_on_delete()`);
    await q.query(`
      CREATE FUNCTION lead_overdue_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE lead_overdue_months_folded, lead_overdue_month_deltas;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER lead_overdue_truncate AFTER TRUNCATE ON leads
      FOR EACH STATEMENT EXECUTE FUNCTION lead_overdue_on_truncate()`);
    await q.query(`
      CREATE FUNCTION lead_overdue_fold() RETURNS int LANGUAGE plpgsql AS $$
      DECLARE moved int;
      BEGIN
        WITH d AS (DELETE FROM lead_overdue_month_deltas RETURNING *),
             c AS (SELECT count(*)::int AS n FROM d),
             up AS (
               INSERT INTO lead_overdue_months_folded AS m (owner_id, leader_id, month, n)
               SELECT owner_id, leader_id, month, sum(n) FROM d GROUP BY 1, 2, 3 HAVING sum(n) <> 0
                ORDER BY 1, 2, 3
               ON CONFLICT ON CONSTRAINT lead_overdue_months_key DO UPDATE SET n = m.n + EXCLUDED.n
               RETURNING 1)
        SELECT c.n INTO moved FROM c;
        IF moved > 0 THEN DELETE FROM lead_overdue_months_folded WHERE n = 0; END IF;
        RETURN moved;
      END $$`);
    await q.query(`
      INSERT INTO lead_overdue_months_folded (owner_id, leader_id, month, n)
      SELECT ${KEY}, count(*) FROM leads WHERE ${OPEN} GROUP BY 1, 2, 3`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'update', 'delete', 'truncate'])
      await q.query(`DROP TRIGGER lead_overdue_${t} ON leads`);
    for (const f of ['insert', 'update', 'delete', 'truncate'])
      await q.query(`DROP FUNCTION lead_overdue_on_${f}()`);
    await q.query(`DROP FUNCTION lead_overdue_fold()`);
    await q.query(`DROP VIEW lead_overdue_months`);
    await q.query(`DROP TABLE lead_overdue_month_deltas`);
    await q.query(`DROP TABLE lead_overdue_months_folded`);
    await q.query(`DROP INDEX leads_leader_open_deadline_idx`);
    await q.query(`DROP INDEX leads_overdue_cover_idx`);
  }
}
