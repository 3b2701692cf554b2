import { QueryRunner } from 'typeorm';
import { LostReasonMonths1796279667152 } from '@luodi/core/database/migrations/1796279667152-lost-reason-months';
import { MigrationTestDb, openMigrationTestDb } from '../support/migration-db';

/**
 * Migration LostReasonMonths: the lost leads per creation month, track, park and reason, kept by triggers on
 * `leads`. After every kind of write (leads created lost and open, a lead lost, its reason, track and park changed,
 * an open lead edited, a lead reopened, a lead deleted, the zone changed) the table equals a count from scratch;
 * down and up again counts the data that is there.
 */
describe('migration: the lost reasons by month', () => {
  let db: MigrationTestDb;
  let qr: QueryRunner;
  let owner: string;
  let ids: string[];
  const migration = new LostReasonMonths1796279667152();

  beforeAll(async () => {
    db = await openMigrationTestDb();
    qr = db.qr;
    [{ id: owner }] = await qr.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ('r@luodi.test', '终止', 'staff', 'x') RETURNING id`,
    );
    await qr.query(`SELECT lead_funnel_use_zone('Asia/Shanghai')`);
  });
  afterAll(async () => {
    await db?.close();
  });

  const TABLE = `SELECT to_char(month, 'YYYY-MM') AS month, track, park, reason, n FROM lead_lost_reason_months
                  WHERE n <> 0 ORDER BY 1, 2, 3 NULLS FIRST, 4 NULLS FIRST`;
  /** The table as the triggers left it, and as counted from scratch (rolled back). */
  const keptAndCounted = async () => {
    const kept = await qr.query(TABLE);
    await qr.query('BEGIN');
    await qr.query(`SELECT lead_lost_reason_months_recount()`);
    const counted = await qr.query(TABLE);
    await qr.query('ROLLBACK');
    return { kept, counted };
  };
  const expectExact = async (rows: number) => {
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    expect(kept).toHaveLength(rows);
  };

  it('follows every kind of write to leads', async () => {
    // Created at 17:00 UTC on the last day of a month: in Shanghai the next month already.
    ids = (
      await qr.query(
        `INSERT INTO leads (company_name, company_key, project_name, project_key, track, park, planned_investment_wan,
                            stage, lost_from_stage, lost_reason, stage_entered_at, stage_deadline, owner_id, created_at)
         SELECT '终止测试企业' || n, '终止测试企业' || n, '项目' || n, '项目' || n, 'equipment', 'xiaohe', 100,
                CASE WHEN n <= 4 THEN 'lost' ELSE 'lead' END, CASE WHEN n <= 4 THEN 'lead' END,
                CASE WHEN n <= 2 THEN ' 用地指标未落实 ' WHEN n = 3 THEN '' END,
                current_date, current_date + 30, $1, '2024-05-31T17:00:00Z'::timestamptz + n * interval '1 minute'
           FROM generate_series(1, 6) n
         RETURNING id`,
        [owner],
      )
    ).map((r: { id: string }) => r.id);
    await expectExact(2); // 2024-06: 用地指标未落实 ×2, no reason ×2 (blank and null alike)
    expect((await qr.query(TABLE))[0]).toMatchObject({ month: '2024-06', reason: null, n: 2 });

    await qr.query(`UPDATE leads SET notes = '跟进中' WHERE id = ANY($1)`, [ids]); // nothing it counts changes
    await expectExact(2);
    await qr.query(
      `UPDATE leads SET stage = 'lost', lost_from_stage = 'lead', lost_reason = '企业投资战略调整'
                     WHERE id = $1`,
      [ids[4]],
    );
    await expectExact(3);
    await qr.query(`UPDATE leads SET lost_reason = '企业投资战略调整' WHERE id = $1`, [ids[0]]);
    await qr.query(`UPDATE leads SET track = 'new_energy', park = NULL WHERE id = $1`, [ids[1]]);
    await expectExact(3);
    await qr.query(`UPDATE leads SET stage = 'lead', lost_from_stage = NULL WHERE id = $1`, [ids[2]]);
    await qr.query(`DELETE FROM leads WHERE id = $1`, [ids[3]]);
    await expectExact(2);

    // Another zone re-dates every lead: in UTC they were created in May.
    await qr.query(`SELECT lead_funnel_use_zone('UTC')`);
    await expectExact(2);
    expect((await qr.query(TABLE)).map((r: { month: string }) => r.month)).toEqual(['2024-05', '2024-05']);
    await qr.query(`SELECT lead_funnel_use_zone('Asia/Shanghai')`);
  });

  it('goes down and up again, counted from the data that is there', async () => {
    await qr.startTransaction();
    await migration.down(qr);
    await qr.commitTransaction();
    expect(await qr.query(`SELECT to_regclass('lead_lost_reason_months') AS t`)).toEqual([{ t: null }]);
    await qr.query(
      `UPDATE leads SET stage = 'lost', lost_from_stage = 'lead', lost_reason = '配套条件不满足'
                     WHERE id = $1`,
      [ids[5]],
    );
    await qr.query(`SELECT lead_funnel_use_zone('UTC')`); // the zone function works without the table
    await qr.query(`SELECT lead_funnel_use_zone('Asia/Shanghai')`);

    await qr.startTransaction();
    await migration.up(qr);
    await qr.commitTransaction();
    await expectExact(3);
    await qr.query(`UPDATE leads SET lost_reason = NULL WHERE id = $1`, [ids[5]]);
    await expectExact(3);
  });
});
