import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 项目库's `warning=green` filter at a million leads (issue 12): a green lead is open and had activity within
 * the no-activity threshold (among other terms; see @luodi/problems warning-sql.ts). Without an index on that
 * instant the list walked the newest-first index over every lead testing the rule (the bench data has no green
 * lead: ~23 s); with it, and the threshold's value known when planning, the planner reads just the recent open
 * leads, or keeps the walk where most leads are green. The planner ignores a partial index's own statistics, so
 * the expression gets extended statistics (without them it guessed a third of the open leads and kept the walk);
 * `ANALYZE` collects them at once.
 */
export class LeadRecentActivityIndex1796198781845 implements MigrationInterface {
  name = 'LeadRecentActivityIndex1796198781845';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX leads_open_activity_idx ON leads ((coalesce(last_activity_at, created_at)))
       WHERE stage NOT IN ('production', 'lost')`,
    );
    await q.query(
      `CREATE STATISTICS leads_last_activity_stats ON (coalesce(last_activity_at, created_at)) FROM leads`,
    );
    await q.query(`ANALYZE leads`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP STATISTICS IF EXISTS leads_last_activity_stats`);
    await q.query(`DROP INDEX IF EXISTS leads_open_activity_idx`);
  }
}
