import { MigrationInterface, QueryRunner } from 'typeorm';

/** Open with a deadline (the predicate of the overdue report's indexes). */
const OPEN = `stage NOT IN ('production', 'lost') AND stage_deadline IS NOT NULL`;

/**
 * The cockpit's two remaining scans of a whole year (or of every overdue lead) when a track is chosen, at 1M leads
 * (EXPLAIN ANALYZE on the loaded test machine, load average 14, 2024 and track=new_energy):
 * - the overdue counts by owner and 包联领导 read every overdue lead from leads_overdue_cover_idx and dropped the
 *   other tracks' (658,000 index entries read, 494,000 dropped: 1.1 s);
 * - the funnel's lost reasons read every lost lead of the year from leads_lost_cohort_idx (71,000 read, 53,000
 *   dropped: 0.32 s).
 * The same partial covering indexes with the track first read only the chosen track's entries. Without a track the
 * old indexes still serve.
 */
export class CockpitTrackIndexes1796196892561 implements MigrationInterface {
  name = 'CockpitTrackIndexes1796196892561';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(
      `CREATE INDEX leads_overdue_track_idx ON leads (track, stage_deadline) INCLUDE (owner_id, leader_id, park)
       WHERE ${OPEN}`,
    );
    await q.query(
      `CREATE INDEX leads_lost_track_idx ON leads (track, created_at) INCLUDE (park, owner_id, lost_reason)
       WHERE stage = 'lost'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS leads_lost_track_idx`);
    await q.query(`DROP INDEX IF EXISTS leads_overdue_track_idx`);
  }
}
