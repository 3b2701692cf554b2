import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the reports (issue 5): the 三个一批 batches and the KPIs select leads by the date they were signed,
 * landed, started construction or production; the owners report counts activities logged in a year. Partial
 * indexes (the dates are null for most leads) keep them small.
 */
export class ReportIndexes1732730000000 implements MigrationInterface {
  name = 'ReportIndexes1732730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX leads_signed_at_idx ON leads (signed_at) WHERE signed_at IS NOT NULL`);
    // The KPIs' cohorts (signed in a year, landed in a year, under construction) are read from the index alone.
    await q.query(
      `CREATE INDEX leads_first_signed_cover_idx ON leads (first_signed_at)
       INCLUDE (id, stage, track, park, owner_id, signed_amount_wan) WHERE first_signed_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX leads_landed_at_idx ON leads (landed_at) INCLUDE (stage, track, park, owner_id)
       WHERE landed_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX leads_construction_started_idx ON leads (construction_started_at)
       WHERE construction_started_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX leads_production_started_idx ON leads (production_started_at)
       WHERE production_started_at IS NOT NULL`,
    );
    // Overdue report: each owner's most overdue open leads, and the counts per owner, from one partial index.
    await q.query(
      `CREATE INDEX leads_owner_open_deadline_idx ON leads (owner_id, stage_deadline, id)
       WHERE stage NOT IN ('production', 'lost') AND stage_deadline IS NOT NULL`,
    );
    // 投资完成率: the leads under construction.
    await q.query(
      `CREATE INDEX leads_under_construction_idx ON leads (construction_started_at)
       INCLUDE (id, track, park, owner_id, planned_investment_wan) WHERE stage = 'construction'`,
    );
    // The funnel's cohort (leads created in a period) read from the index alone, without visiting the heap.
    await q.query(
      `CREATE INDEX leads_funnel_cohort_idx ON leads (created_at)
       INCLUDE (id, stage, lost_from_stage, planned_investment_wan, signed_amount_wan, track, park, owner_id)`,
    );
    await q.query(
      `CREATE INDEX lead_activities_occurred_idx ON lead_activities (occurred_at) INCLUDE (by_user_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'lead_activities_occurred_idx',
      'leads_funnel_cohort_idx',
      'leads_under_construction_idx',
      'leads_owner_open_deadline_idx',
      'leads_production_started_idx',
      'leads_construction_started_idx',
      'leads_landed_at_idx',
      'leads_signed_at_idx',
      'leads_first_signed_cover_idx',
    ]) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }
}
