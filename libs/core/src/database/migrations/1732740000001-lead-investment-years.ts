import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `lead_investment_years`: per lead and calendar year of `month`, the sums of `paid_in_wan` and `completed_wan`
 * from `lead_investments`, so the KPIs' 资金到位率 and 投资完成率 numerators join a cohort to about one row per
 * lead instead of hashing every monthly row (see libs/reports/src/kpis.repository.ts). Kept exact by
 * statement-level triggers on `lead_investments`: every insert, update or delete re-sums the (lead, year) pairs
 * its old and new rows touch from all of that pair's months (a pair left without months loses its row).
 */
export class LeadInvestmentYears1732740000001 implements MigrationInterface {
  name = 'LeadInvestmentYears1732740000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lead_investment_years (
        lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        year int NOT NULL,
        paid_in_wan numeric(20, 4) NOT NULL,
        completed_wan numeric(20, 4) NOT NULL,
        PRIMARY KEY (lead_id, year)
      )`);
    await q.query(`
      CREATE FUNCTION lead_investment_years_refresh(ids uuid[], years int[]) RETURNS void LANGUAGE sql AS $$
        WITH k AS (SELECT DISTINCT lead_id, year FROM unnest(ids, years) AS k (lead_id, year))
        DELETE FROM lead_investment_years y USING k
         WHERE y.lead_id = k.lead_id AND y.year = k.year
           AND NOT EXISTS (SELECT 1 FROM lead_investments i WHERE i.lead_id = k.lead_id
                              AND i.month >= make_date(k.year, 1, 1) AND i.month < make_date(k.year + 1, 1, 1));
        WITH k AS (SELECT DISTINCT lead_id, year FROM unnest(ids, years) AS k (lead_id, year))
        INSERT INTO lead_investment_years (lead_id, year, paid_in_wan, completed_wan)
        SELECT k.lead_id, k.year, sum(i.paid_in_wan), sum(i.completed_wan)
          FROM k JOIN lead_investments i ON i.lead_id = k.lead_id
                AND i.month >= make_date(k.year, 1, 1) AND i.month < make_date(k.year + 1, 1, 1)
         GROUP BY k.lead_id, k.year
        ON CONFLICT (lead_id, year) DO UPDATE
          SET paid_in_wan = EXCLUDED.paid_in_wan, completed_wan = EXCLUDED.completed_wan;
      $$`);
    const fn = (name: string, rows: string) => `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM lead_investment_years_refresh(array_agg(r.lead_id), array_agg(r.year))
           FROM (${rows}) r;
        RETURN NULL;
      END $$`;
    const keys = (t: string) => `SELECT lead_id, extract(year FROM month)::int AS year FROM ${t}`;
    await q.query(fn('lead_investment_years_on_insert', keys('new_rows')));
    await q.query(fn('lead_investment_years_on_update', `${keys('new_rows')} UNION ${keys('old_rows')}`));
    await q.query(fn('lead_investment_years_on_delete', keys('old_rows')));
    await q.query(`
      CREATE TRIGGER lead_investment_years_insert AFTER INSERT ON lead_investments
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_investment_years_on_insert()`);
    await q.query(`
      CREATE TRIGGER lead_investment_years_update AFTER UPDATE ON lead_investments
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lead_investment_years_on_update()`);
    await q.query(`
      CREATE TRIGGER lead_investment_years_delete AFTER DELETE ON lead_investments
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_investment_years_on_delete()`);
    await q.query(`
      INSERT INTO lead_investment_years (lead_id, year, paid_in_wan, completed_wan)
      SELECT lead_id, extract(year FROM month)::int, sum(paid_in_wan), sum(completed_wan)
        FROM lead_investments GROUP BY 1, 2`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS lead_investment_years_delete ON lead_investments`);
    await q.query(`DROP TRIGGER IF EXISTS lead_investment_years_update ON lead_investments`);
    await q.query(`DROP TRIGGER IF EXISTS lead_investment_years_insert ON lead_investments`);
    await q.query(`DROP FUNCTION IF EXISTS lead_investment_years_on_delete()`);
    await q.query(`DROP FUNCTION IF EXISTS lead_investment_years_on_update()`);
    await q.query(`DROP FUNCTION IF EXISTS lead_investment_years_on_insert()`);
    await q.query(`DROP FUNCTION IF EXISTS lead_investment_years_refresh(uuid[], int[])`);
    await q.query(`DROP TABLE IF EXISTS lead_investment_years`);
  }
}
