import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the 项目库's filters at a million leads (issue 12), each in the list's default order (newest first)
 * so a page is the first rows of one index range:
 * - 省重点 (`isProvincialKey=true`): a partial index of the few provincial key leads; the list walked the whole
 *   created_at index to find them (none in the bench data: every row read);
 * - one owner's leads (`ownerId`, also 我的): (owner_id, created_at, id); the (owner_id, stage) index gave all of an
 *   owner's ~5,000 leads to a sort for every page.
 */
export class LeadListIndexes1796195767257 implements MigrationInterface {
  name = 'LeadListIndexes1796195767257';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX leads_provincial_key_created_idx ON leads (created_at, id) WHERE is_provincial_key`,
    );
    await q.query(`CREATE INDEX leads_owner_created_idx ON leads (owner_id, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS leads_owner_created_idx`);
    await q.query(`DROP INDEX IF EXISTS leads_provincial_key_created_idx`);
  }
}
