import { MigrationInterface, QueryRunner } from 'typeorm';

/** What 三个一批 lists of a lead (libs/reports batches.repository.ts): everything it reads, so the index suffices. */
const COVER = `id, stage, track, park, owner_id, company_name, project_name, signed_amount_wan, planned_investment_wan`;

/**
 * 三个一批 for a period (GET /reports/batches; the 项目库's `batch` drill-down uses the same conditions): the leads
 * whose signing, construction start or production start falls in the period and that are still at or after that
 * stage, with their names and amounts. The plain date indexes found them, then read each lead from the table: at
 * 1M leads a month of one track is some 4,000 leads on as many table pages, 161 ms. Covering partial indexes with
 * each event's own stage rule answer from the index alone (index-only scans; on a 100k copy under load 15:
 * 90–275 ms → 9–15 ms). Cost: 99 MB for the three at 1M leads (61 + 26 + 12; the table is 236 MB), and an update
 * of a lead's names or amounts now writes these indexes too (a stage change already did).
 */
export class BatchCoveringIndexes1796205492049 implements MigrationInterface {
  name = 'BatchCoveringIndexes1796205492049';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(
      `CREATE INDEX leads_signed_batch_idx ON leads (signed_at) INCLUDE (${COVER})
       WHERE signed_at IS NOT NULL AND stage IN ('signed', 'landed', 'construction', 'production')`,
    );
    await q.query(
      `CREATE INDEX leads_construction_batch_idx ON leads (construction_started_at) INCLUDE (${COVER})
       WHERE construction_started_at IS NOT NULL AND stage IN ('construction', 'production')`,
    );
    await q.query(
      `CREATE INDEX leads_production_batch_idx ON leads (production_started_at) INCLUDE (${COVER})
       WHERE production_started_at IS NOT NULL AND stage = 'production'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS leads_production_batch_idx`);
    await q.query(`DROP INDEX IF EXISTS leads_construction_batch_idx`);
    await q.query(`DROP INDEX IF EXISTS leads_signed_batch_idx`);
  }
}
