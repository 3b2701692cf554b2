import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `lead_plans`: a lead's annual plan (年度计划) per year: the year's planned investment (年度计划投资), the planned
 * start and production months, 新建/续建, 产业类/基础设施类 and whether it is a 省级重点工程 that year. Months are
 * stored as the first day of the month.
 */
export class LeadPlans1796182843019 implements MigrationInterface {
  name = 'LeadPlans1796182843019';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lead_plans (
        lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        planned_investment_wan numeric(16, 4) NOT NULL CHECK (planned_investment_wan > 0),
        planned_start_month date NULL CHECK (extract(day FROM planned_start_month) = 1),
        planned_production_month date NULL CHECK (extract(day FROM planned_production_month) = 1),
        build_type text NOT NULL CHECK (build_type IN ('new', 'continued')),
        category text NOT NULL CHECK (category IN ('industrial', 'infrastructure')),
        provincial_key boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NULL REFERENCES users (id),
        PRIMARY KEY (lead_id, year)
      )`);
    await q.query(
      `CREATE INDEX lead_plans_year_idx ON lead_plans (year, planned_investment_wan DESC, lead_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE lead_plans`);
  }
}
