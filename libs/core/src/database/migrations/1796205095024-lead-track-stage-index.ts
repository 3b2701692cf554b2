import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 三色预警 counts (`GET /leads/counts`, the cockpit's and the 项目库's) as a few index counts (@luodi/problems
 * warningCountsSql): the leads of a filter in all and open. With a track chosen these read every lead of the track
 * from the table (a quarter of a million at 1M leads); `(track, stage)` answers both from the index alone, like
 * leads_owner_idx `(owner_id, stage)` does for one owner. Also the smallest index over every lead, so a count
 * without a filter reads it instead of the table.
 */
export class LeadTrackStageIndex1796205095024 implements MigrationInterface {
  name = 'LeadTrackStageIndex1796205095024';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`CREATE INDEX leads_track_stage_idx ON leads (track, stage)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS leads_track_stage_idx`);
  }
}
