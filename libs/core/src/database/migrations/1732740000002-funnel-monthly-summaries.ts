import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exact monthly summaries of `lead_funnel_facts`, so a funnel over whole months (the zone over all time, a year)
 * reads a few thousand summary rows instead of a million facts rows; the partial months at a period's edges
 * and owner-filtered funnels still read the facts (see libs/reports/src/funnel.repository.ts):
 *
 * - lead_funnel_months: per (creation month, track, park, highest stage reached, stage lost from): leads, and the
 *   sums of their planned and signed-or-planned amounts;
 * - lead_funnel_month_days: per (creation month, track, park, stage k, days in k): leads (the histogram the
 *   exact medians are read from).
 *
 * Kept by statement-level triggers on lead_funnel_facts that add each statement's new rows and subtract its old
 * rows (exact integer and numeric arithmetic, so the result equals a from-scratch aggregation whatever the
 * order of changes); groups that drop to zero leads are deleted. Upserts take keys in sorted order so two
 * writers touching the same groups queue rather than deadlock.
 */
export class FunnelMonthlySummaries1732740000002 implements MigrationInterface {
  name = 'FunnelMonthlySummaries1732740000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lead_funnel_months (
        month date NOT NULL,
        track text NOT NULL,
        park text NULL,
        reach smallint NULL,
        lost_ord smallint NULL,
        n int NOT NULL,
        planned numeric(24, 4) NOT NULL,
        amount numeric(24, 4) NOT NULL,
        CONSTRAINT lead_funnel_months_key UNIQUE NULLS NOT DISTINCT (month, track, park, reach, lost_ord)
      )`);
    await q.query(`
      CREATE TABLE lead_funnel_month_days (
        month date NOT NULL,
        track text NOT NULL,
        park text NULL,
        k smallint NOT NULL,
        days int NOT NULL,
        n int NOT NULL,
        CONSTRAINT lead_funnel_month_days_key UNIQUE NULLS NOT DISTINCT (month, track, park, k, days)
      )`);
    // Each statement re-reads the transition tables through the same delta query; groups whose net change is
    // zero (a row rewritten with the same values) are skipped, so they are not even locked.
    const apply = (name: string, delta: string) => {
      const d = `(SELECT date_trunc('month', created_on)::date AS month, track, park, reach, lost_ord, planned, amount,
                         d1, d2, d3, d4, d5, s FROM (${delta}) x)`;
      return `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO lead_funnel_months AS m (month, track, park, reach, lost_ord, n, planned, amount)
        SELECT month, track, park, reach, lost_ord, sum(s), sum(s * planned), sum(s * amount)
          FROM ${d} d GROUP BY 1, 2, 3, 4, 5
        HAVING sum(s) <> 0 OR sum(s * planned) <> 0 OR sum(s * amount) <> 0
         ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT ON CONSTRAINT lead_funnel_months_key DO UPDATE
          SET n = m.n + EXCLUDED.n, planned = m.planned + EXCLUDED.planned, amount = m.amount + EXCLUDED.amount;
        INSERT INTO lead_funnel_month_days AS m (month, track, park, k, days, n)
        SELECT d.month, d.track, d.park, v.k, v.days, sum(d.s)
          FROM ${d} d
         CROSS JOIN LATERAL (VALUES (1, d.d1), (2, d.d2), (3, d.d3), (4, d.d4), (5, d.d5)) AS v (k, days)
         WHERE v.days IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.s) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT ON CONSTRAINT lead_funnel_month_days_key DO UPDATE SET n = m.n + EXCLUDED.n;
        DELETE FROM lead_funnel_months m WHERE m.n = 0 AND m.month IN (SELECT month FROM ${d} d);
        DELETE FROM lead_funnel_month_days m WHERE m.n = 0 AND m.month IN (SELECT month FROM ${d} d);
        RETURN NULL;
      END $$`;
    };
    const cols = `created_on, track, park, reach, lost_ord, planned, amount, d1, d2, d3, d4, d5`;
    await q.query(apply('lead_funnel_months_on_insert', `SELECT ${cols}, 1 AS s FROM new_rows`));
    await q.query(
      apply(
        'lead_funnel_months_on_update',
        `SELECT ${cols}, 1 AS s FROM new_rows UNION ALL SELECT ${cols}, -1 FROM old_rows`,
      ),
    );
    await q.query(apply('lead_funnel_months_on_delete', `SELECT ${cols}, -1 AS s FROM old_rows`));
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
    // TRUNCATE bypasses the row triggers: emptying the facts empties their summaries too.
    await q.query(`
      CREATE FUNCTION lead_funnel_months_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE lead_funnel_months, lead_funnel_month_days;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER lead_funnel_months_truncate AFTER TRUNCATE ON lead_funnel_facts
      FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_months_on_truncate()`);
    // Backfill from the facts, set-based (the same aggregation the triggers maintain).
    await q.query(`
      INSERT INTO lead_funnel_months (month, track, park, reach, lost_ord, n, planned, amount)
      SELECT date_trunc('month', created_on)::date, track, park, reach, lost_ord, count(*), sum(planned), sum(amount)
        FROM lead_funnel_facts GROUP BY 1, 2, 3, 4, 5`);
    await q.query(`
      INSERT INTO lead_funnel_month_days (month, track, park, k, days, n)
      SELECT date_trunc('month', f.created_on)::date, f.track, f.park, v.k, v.days, count(*)
        FROM lead_funnel_facts f
       CROSS JOIN LATERAL (VALUES (1, f.d1), (2, f.d2), (3, f.d3), (4, f.d4), (5, f.d5)) AS v (k, days)
       WHERE v.days IS NOT NULL GROUP BY 1, 2, 3, 4, 5`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS lead_funnel_months_truncate ON lead_funnel_facts`);
    await q.query(`DROP TRIGGER IF EXISTS lead_funnel_months_delete ON lead_funnel_facts`);
    await q.query(`DROP TRIGGER IF EXISTS lead_funnel_months_update ON lead_funnel_facts`);
    await q.query(`DROP TRIGGER IF EXISTS lead_funnel_months_insert ON lead_funnel_facts`);
    await q.query(`DROP FUNCTION IF EXISTS lead_funnel_months_on_truncate()`);
    await q.query(`DROP FUNCTION IF EXISTS lead_funnel_months_on_delete()`);
    await q.query(`DROP FUNCTION IF EXISTS lead_funnel_months_on_update()`);
    await q.query(`DROP FUNCTION IF EXISTS lead_funnel_months_on_insert()`);
    await q.query(`DROP TABLE IF EXISTS lead_funnel_month_days`);
    await q.query(`DROP TABLE IF EXISTS lead_funnel_months`);
  }
}
