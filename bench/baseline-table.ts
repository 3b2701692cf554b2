/**
 * The baselines' table: the same shape as a lead's own columns (no triggers, no approvals, no audit), filled
 * from the generated leads so the primary-key read sees as many rows as Luodi's. Created by bench:api.
 */
export const BASELINE_TABLE_SQL = `
  CREATE TABLE bench_baseline_leads (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    company_name text NOT NULL,
    project_name text NOT NULL,
    track text NOT NULL,
    park text,
    planned_investment_wan numeric(16, 4) NOT NULL,
    stage text NOT NULL DEFAULT 'lead',
    owner_id uuid,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  INSERT INTO bench_baseline_leads (id, company_name, project_name, track, park, planned_investment_wan, stage,
    owner_id, created_at, updated_at)
  SELECT id, company_name, project_name, track, park, planned_investment_wan, stage, owner_id, created_at, created_at
    FROM leads;
  ANALYZE bench_baseline_leads;`;

/** What both baselines accept on POST /leads (the same body Luodi gets, minus what they do not model). */
export interface BaselineLeadInput {
  companyName: string;
  projectName: string;
  track: string;
  park?: string;
  plannedInvestmentWan: string;
}
