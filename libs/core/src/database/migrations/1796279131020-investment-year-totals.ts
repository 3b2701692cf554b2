import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `investment_year_totals`: the zone's 投资完成额 per year (the sum of `lead_investment_years.completed_wan`),
 * kept exact by statement-level triggers on `lead_investment_years` (itself kept by triggers on
 * `lead_investments`), so the target progress's investment yardstick (`GET /targets/:year/progress`, the cockpit's
 * first figure) reads one row instead of summing every lead's year: at 1M leads 133,000 rows for 2024, 19 ms per
 * call from the `(year) INCLUDE (completed_wan)` index, which this migration drops (it had no other reader).
 *
 * Concurrent investment entries for the same year queue on that year's row until they commit; entries are monthly
 * per project, so the queue is short (the lead writes the issue measured queueing never touch investments).
 */
const TABLE = `
  CREATE TABLE investment_year_totals (
    year int PRIMARY KEY,
    completed_wan numeric(24, 4) NOT NULL
  );
  INSERT INTO investment_year_totals (year, completed_wan)
  SELECT year, sum(completed_wan) FROM lead_investment_years GROUP BY year;
`;

/** One trigger function per kind of statement: `rows` selects (year, signed amount) from its transition tables. */
function totalsTrigger(name: string, rows: string): string {
  return `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO investment_year_totals AS t (year, completed_wan)
    SELECT r.year, sum(r.wan) FROM (${rows}) r GROUP BY r.year HAVING sum(r.wan) <> 0 ORDER BY 1
    ON CONFLICT (year) DO UPDATE SET completed_wan = t.completed_wan + EXCLUDED.completed_wan;
    RETURN NULL;
  END $$;`;
}

const TRIGGERS = `
  ${totalsTrigger('investment_year_totals_on_insert', 'SELECT year, completed_wan AS wan FROM new_rows')}
  ${totalsTrigger(
    'investment_year_totals_on_update',
    'SELECT year, completed_wan AS wan FROM new_rows UNION ALL SELECT year, -completed_wan FROM old_rows',
  )}
  ${totalsTrigger('investment_year_totals_on_delete', 'SELECT year, -completed_wan AS wan FROM old_rows')}
  CREATE TRIGGER investment_year_totals_insert AFTER INSERT ON lead_investment_years
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION investment_year_totals_on_insert();
  CREATE TRIGGER investment_year_totals_update AFTER UPDATE ON lead_investment_years
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION investment_year_totals_on_update();
  CREATE TRIGGER investment_year_totals_delete AFTER DELETE ON lead_investment_years
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION investment_year_totals_on_delete();

  -- TRUNCATE bypasses the row triggers: emptying the years empties their totals too.
  CREATE FUNCTION investment_year_totals_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE investment_year_totals;
    RETURN NULL;
  END $$;
  CREATE TRIGGER investment_year_totals_truncate AFTER TRUNCATE ON lead_investment_years
  FOR EACH STATEMENT EXECUTE FUNCTION investment_year_totals_on_truncate();
`;

export class InvestmentYearTotals1796279131020 implements MigrationInterface {
  name = 'InvestmentYearTotals1796279131020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    // Writers of investments wait while the totals are summed, so none is missed between the sum and the triggers.
    await q.query(`LOCK TABLE lead_investment_years IN SHARE MODE`);
    await q.query(TABLE);
    await q.query(TRIGGERS);
    await q.query(`DROP INDEX IF EXISTS lead_investment_years_year_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(
      `CREATE INDEX IF NOT EXISTS lead_investment_years_year_idx ON lead_investment_years (year) INCLUDE (completed_wan)`,
    );
    await q.query(`DROP TABLE investment_year_totals`);
    await q.query(
      `DROP FUNCTION investment_year_totals_on_insert, investment_year_totals_on_update,
                     investment_year_totals_on_delete, investment_year_totals_on_truncate CASCADE`,
    );
  }
}
