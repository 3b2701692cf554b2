import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset pagination of GET /leads by the two sorts the initial schema has no index for (`stageDeadline`,
 * `-plannedInvestmentWan`): each reads the next page straight off an index instead of sorting every lead.
 */
export class LeadListIndexes1732710000000 implements MigrationInterface {
  name = 'LeadListIndexes1732710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX leads_stage_deadline_sort_idx ON leads (stage_deadline ASC NULLS LAST, id)`);
    await q.query(
      `CREATE INDEX leads_planned_investment_sort_idx ON leads (planned_investment_wan DESC, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS leads_planned_investment_sort_idx`);
    await q.query(`DROP INDEX IF EXISTS leads_stage_deadline_sort_idx`);
  }
}
