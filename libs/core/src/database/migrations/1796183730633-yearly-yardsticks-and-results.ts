import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The zone's other yearly yardsticks and the results after production (投产达效):
 * - `targets.investment_wan` (年度投资目标, 投资强度) and `targets.new_output_wan` (新增产值目标), both optional;
 * - `lead_results`: per producing lead and quarter, 产值 and 税收 (万元) and 就业 (people employed).
 */
export class YearlyYardsticksAndResults1796183730633 implements MigrationInterface {
  name = 'YearlyYardsticksAndResults1796183730633';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE targets
        ADD COLUMN investment_wan numeric(16, 4) NULL CHECK (investment_wan > 0),
        ADD COLUMN new_output_wan numeric(16, 4) NULL CHECK (new_output_wan > 0)`);
    await q.query(`
      CREATE TABLE lead_results (
        lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        quarter int NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        output_wan numeric(16, 4) NOT NULL CHECK (output_wan >= 0),
        tax_wan numeric(16, 4) NOT NULL CHECK (tax_wan >= 0),
        employees int NOT NULL CHECK (employees >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NULL REFERENCES users (id),
        PRIMARY KEY (lead_id, year, quarter)
      )`);
    await q.query(`CREATE INDEX lead_results_year_idx ON lead_results (year, lead_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE lead_results`);
    await q.query(`ALTER TABLE targets DROP COLUMN investment_wan, DROP COLUMN new_output_wan`);
  }
}
