import { MigrationInterface, QueryRunner } from 'typeorm';

const MONTH_COLS = 'month, track, park, reach, lost_ord';
const DAY_COLS = 'month, track, park, k, days';

/**
 * The funnel's monthly summaries without a hot row. Until now each statement on lead_funnel_facts upserted its
 * change into lead_funnel_months / lead_funnel_month_days, so concurrent creates of leads in the same month,
 * track and park queued on one summary row until each other's commit (`Lock:transactionid` under load).
 *
 * Now writers only INSERT their change (net, per group) into the delta tables: nothing is locked. The summaries
 * keep their names as views that add the folded rows and the pending deltas, so every reader (the funnel, the
 * tests) sees exactly what the old tables held, at every moment. `lead_funnel_fold()` moves the pending deltas
 * into the folded tables in one statement per table (the worker calls it every few seconds); readers see either
 * side of it, never half. Folding concurrently with itself is safe: a delta row is deleted, hence added, once.
 *
 * New functions and triggers replace the three change triggers and the TRUNCATE trigger of migration
 * FunnelMonthlySummaries (whose functions stay, unused, so that migration's `down` still finds them).
 */
export class FunnelSummaryDeltas1796183861777 implements MigrationInterface {
  name = 'FunnelSummaryDeltas1796183861777';

  async up(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'update', 'delete', 'truncate'])
      await q.query(`DROP TRIGGER lead_funnel_months_${t} ON lead_funnel_facts`);
    await q.query(`ALTER TABLE lead_funnel_months RENAME TO lead_funnel_months_folded`);
    await q.query(`ALTER TABLE lead_funnel_month_days RENAME TO lead_funnel_month_days_folded`);
    await q.query(`
      CREATE TABLE lead_funnel_month_deltas (
        month date NOT NULL, track text NOT NULL, park text NULL, reach smallint NULL, lost_ord smallint NULL,
        n int NOT NULL, planned numeric(24, 4) NOT NULL, amount numeric(24, 4) NOT NULL
      )`);
    await q.query(`
      CREATE TABLE lead_funnel_month_day_deltas (
        month date NOT NULL, track text NOT NULL, park text NULL, k smallint NOT NULL, days int NOT NULL,
        n int NOT NULL
      )`);
    await q.query(`CREATE INDEX lead_funnel_month_deltas_month_idx ON lead_funnel_month_deltas (month)`);
    await q.query(
      `CREATE INDEX lead_funnel_month_day_deltas_month_idx ON lead_funnel_month_day_deltas (month)`,
    );
    await q.query(`
      CREATE VIEW lead_funnel_months AS
      SELECT ${MONTH_COLS}, sum(n)::int AS n, sum(planned)::numeric(24, 4) AS planned,
             sum(amount)::numeric(24, 4) AS amount
        FROM (SELECT ${MONTH_COLS}, n, planned, amount FROM lead_funnel_months_folded
              UNION ALL SELECT ${MONTH_COLS}, n, planned, amount FROM lead_funnel_month_deltas) u
       GROUP BY ${MONTH_COLS} HAVING sum(n) <> 0`);
    await q.query(`
      CREATE VIEW lead_funnel_month_days AS
      SELECT ${DAY_COLS}, sum(n)::int AS n
        FROM (SELECT ${DAY_COLS}, n FROM lead_funnel_month_days_folded
              UNION ALL SELECT ${DAY_COLS}, n FROM lead_funnel_month_day_deltas) u
       GROUP BY ${DAY_COLS} HAVING sum(n) <> 0`);

    // The same net change per group as before (see FunnelMonthlySummaries), appended instead of upserted.
    const apply = (name: string, delta: string) => {
      const d = `(SELECT date_trunc('month', created_on)::date AS month, track, park, reach, lost_ord, planned, amount,
                         d1, d2, d3, d4, d5, s FROM (${delta}) x)`;
      return `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO lead_funnel_month_deltas (${MONTH_COLS}, n, planned, amount)
        SELECT ${MONTH_COLS}, sum(s), sum(s * planned), sum(s * amount)
          FROM ${d} d GROUP BY 1, 2, 3, 4, 5
        HAVING sum(s) <> 0 OR sum(s * planned) <> 0 OR sum(s * amount) <> 0;
        INSERT INTO lead_funnel_month_day_deltas (${DAY_COLS}, n)
        SELECT d.month, d.track, d.park, v.k, v.days, sum(d.s)
          FROM ${d} d
         CROSS JOIN LATERAL (VALUES (1, d.d1), (2, d.d2), (3, d.d3), (4, d.d4), (5, d.d5)) AS v (k, days)
         WHERE v.days IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.s) <> 0;
        RETURN NULL;
      END $$`;
    };
    const cols = `created_on, track, park, reach, lost_ord, planned, amount, d1, d2, d3, d4, d5`;
    await q.query(apply('lead_funnel_deltas_on_insert', `SELECT ${cols}, 1 AS s FROM new_rows`));
    await q.query(
      apply(
        'lead_funnel_deltas_on_update',
        `SELECT ${cols}, 1 AS s FROM new_rows UNION ALL SELECT ${cols}, -1 FROM old_rows`,
      ),
    );
    await q.query(apply('lead_funnel_deltas_on_delete', `SELECT ${cols}, -1 AS s FROM old_rows`));
    await q.query(`
      CREATE TRIGGER lead_funnel_deltas_insert AFTER INSERT ON lead_funnel_facts
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_deltas_on_insert()`);
    await q.query(`
      CREATE TRIGGER lead_funnel_deltas_update AFTER UPDATE ON lead_funnel_facts
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_deltas_on_update()`);
    await q.query(`
      CREATE TRIGGER lead_funnel_deltas_delete AFTER DELETE ON lead_funnel_facts
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_deltas_on_delete()`);
    await q.query(`
      CREATE FUNCTION lead_funnel_deltas_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE lead_funnel_months_folded, lead_funnel_month_days_folded,
                 lead_funnel_month_deltas, lead_funnel_month_day_deltas;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER lead_funnel_deltas_truncate AFTER TRUNCATE ON lead_funnel_facts
      FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_deltas_on_truncate()`);

    // Moves the pending deltas into the folded rows (keys in sorted order, so concurrent folds queue rather
    // than deadlock); groups that reach zero leads are deleted. Returns how many delta rows were moved.
    await q.query(`
      CREATE FUNCTION lead_funnel_fold() RETURNS int LANGUAGE plpgsql AS $$
      DECLARE moved int; moved_days int;
      BEGIN
        WITH d AS (DELETE FROM lead_funnel_month_deltas RETURNING *),
             c AS (SELECT count(*)::int AS n FROM d),
             up AS (
               INSERT INTO lead_funnel_months_folded AS m (${MONTH_COLS}, n, planned, amount)
               SELECT ${MONTH_COLS}, sum(n), sum(planned), sum(amount) FROM d GROUP BY 1, 2, 3, 4, 5
               HAVING sum(n) <> 0 OR sum(planned) <> 0 OR sum(amount) <> 0 ORDER BY 1, 2, 3, 4, 5
               ON CONFLICT ON CONSTRAINT lead_funnel_months_key DO UPDATE
                 SET n = m.n + EXCLUDED.n, planned = m.planned + EXCLUDED.planned, amount = m.amount + EXCLUDED.amount
               RETURNING 1)
        SELECT c.n INTO moved FROM c;
        WITH d AS (DELETE FROM lead_funnel_month_day_deltas RETURNING *),
             c AS (SELECT count(*)::int AS n FROM d),
             up AS (
               INSERT INTO lead_funnel_month_days_folded AS m (${DAY_COLS}, n)
               SELECT ${DAY_COLS}, sum(n) FROM d GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5
               ON CONFLICT ON CONSTRAINT lead_funnel_month_days_key DO UPDATE SET n = m.n + EXCLUDED.n
               RETURNING 1)
        SELECT c.n INTO moved_days FROM c;
        IF moved > 0 THEN DELETE FROM lead_funnel_months_folded WHERE n = 0; END IF;
        IF moved_days > 0 THEN DELETE FROM lead_funnel_month_days_folded WHERE n = 0; END IF;
        RETURN moved + moved_days;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT lead_funnel_fold()`);
    for (const t of ['insert', 'update', 'delete', 'truncate'])
      await q.query(`DROP TRIGGER lead_funnel_deltas_${t} ON lead_funnel_facts`);
    for (const f of ['insert', 'update', 'delete', 'truncate'])
      await q.query(`DROP FUNCTION lead_funnel_deltas_on_${f}()`);
    await q.query(`DROP FUNCTION lead_funnel_fold()`);
    await q.query(`DROP VIEW lead_funnel_months`);
    await q.query(`DROP VIEW lead_funnel_month_days`);
    await q.query(`DROP TABLE lead_funnel_month_deltas`);
    await q.query(`DROP TABLE lead_funnel_month_day_deltas`);
    await q.query(`ALTER TABLE lead_funnel_months_folded RENAME TO lead_funnel_months`);
    await q.query(`ALTER TABLE lead_funnel_month_days_folded RENAME TO lead_funnel_month_days`);
    await q.query(`
      CREATE TRIGGER lead_funnel_months_insert AFTER INSERT ON lead_funnel_facts
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_months_on_insert()`);
    await q.query(`
      CREATE TRIGGER lead_funnel_months_update AFTER UPDATE ON lead_funnel_facts
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_months_on_update()`);
    await q.query(`
      CREATE TRIGGER lead_funnel_months_delete AFTER DELETE ON lead_funnel_facts
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_months_on_delete()`);
    await q.query(`
      CREATE TRIGGER lead_funnel_months_truncate AFTER TRUNCATE ON lead_funnel_facts
      FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_months_on_truncate()`);
  }
}
