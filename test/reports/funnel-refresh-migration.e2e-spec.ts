import { QueryRunner } from 'typeorm';
import {
  FUNNEL_REFRESH_FEW,
  FunnelRefreshPlannedOnce1796227873617,
} from '@luodi/core/database/migrations/1796227873617-funnel-refresh-planned-once';
import { MigrationTestDb, openMigrationTestDb } from '../support/migration-db';

/**
 * Migration FunnelRefreshPlannedOnce: the funnel facts' refresh as a plpgsql function planned once per connection.
 * After every kind of write (an edit the facts ignore, an edit they copy, transitions forwards and back, an update
 * and a delete of a transition) the facts equal what the old function (`lead_funnel_facts_refresh_set`) computes
 * from scratch; a refresh of more than FUNNEL_REFRESH_FEW ids and of none works too; down and up again.
 */
describe('migration: the funnel refresh planned once', () => {
  let db: MigrationTestDb;
  let qr: QueryRunner;
  let owner: string;
  const migration = new FunnelRefreshPlannedOnce1796227873617();

  beforeAll(async () => {
    db = await openMigrationTestDb();
    qr = db.qr;
    [{ id: owner }] = await qr.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ('f@luodi.test', '漏斗', 'staff', 'x') RETURNING id`,
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  const languages = async () =>
    Object.fromEntries(
      (
        await qr.query(
          `SELECT p.proname, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
            WHERE p.proname LIKE 'lead_funnel_facts_refresh%' ORDER BY 1`,
        )
      ).map((r: { proname: string; lanname: string }) => [r.proname, r.lanname]),
    );

  const FACTS = `SELECT * FROM lead_funnel_facts ORDER BY lead_id`;
  /** The facts as the triggers left them, and as the old set-based function recomputes them from scratch. */
  const keptAndFresh = async () => {
    const kept = await qr.query(FACTS);
    await qr.query('SAVEPOINT fresh');
    const fn = (await languages()).lead_funnel_facts_refresh_set
      ? 'lead_funnel_facts_refresh_set'
      : 'lead_funnel_facts_refresh';
    await qr.query(`DELETE FROM lead_funnel_facts`);
    await qr.query(`SELECT ${fn}(ARRAY(SELECT id FROM leads))`);
    const fresh = await qr.query(FACTS);
    await qr.query('ROLLBACK TO SAVEPOINT fresh');
    return { kept, fresh };
  };

  let n = 0;
  /** A lead through a life of writes; the facts equal a fresh computation after each. */
  const writeAndCompare = async () => {
    n += 1;
    const [{ id }] = await qr.query(
      `INSERT INTO leads (company_name, company_key, project_name, project_key, track, planned_investment_wan, stage,
                          stage_entered_at, stage_deadline, owner_id, created_at)
       VALUES ('漏斗测试企业', '漏斗测试企业', $1, $1, 'equipment', 100, 'lead', current_date - 20, current_date + 30,
               $2, now() - interval '20 days')
       RETURNING id`,
      [`项目${n}`, owner],
    );
    const move = async (from: string, to: string, days: number, set: string) => {
      await qr.query(
        `WITH l AS (UPDATE leads SET stage = $2, ${set}, version = version + 1 WHERE id = $1 RETURNING id)
         INSERT INTO lead_transitions (lead_id, from_stage, to_stage, date, by_user_id)
         SELECT id, $3, $2, current_date - $4::int, $5 FROM l`,
        [id, to, from, days, owner],
      );
    };
    const steps: (() => Promise<unknown>)[] = [
      () => qr.query(`UPDATE leads SET notes = '只改备注', version = version + 1 WHERE id = $1`, [id]),
      () => qr.query(`UPDATE leads SET last_activity_at = now() WHERE id = $1`, [id]),
      () => qr.query(`UPDATE leads SET planned_investment_wan = 250.5 WHERE id = $1`, [id]),
      () => move('lead', 'signed', 10, `signed_amount_wan = 300, signed_at = current_date - 10`),
      () => move('signed', 'landed', 4, `landed_at = current_date - 4`),
      () => move('landed', 'signed', 2, `landed_at = NULL`),
      () =>
        qr.query(`UPDATE lead_transitions SET date = date - 1 WHERE lead_id = $1 AND to_stage = 'landed'`, [
          id,
        ]),
      () => qr.query(`DELETE FROM lead_transitions WHERE lead_id = $1 AND to_stage = 'landed'`, [id]),
    ];
    for (const step of steps) {
      await step();
      const { kept, fresh } = await keptAndFresh();
      expect(kept).toEqual(fresh);
    }
    const [facts] = await qr.query(
      `SELECT reach, d1 IS NOT NULL AS stayed FROM lead_funnel_facts WHERE lead_id = $1`,
      [id],
    );
    return facts as { reach: number; stayed: boolean };
  };

  it('keeps the facts exact after every kind of write, for few ids, many ids and none', async () => {
    await qr.startTransaction();
    try {
      expect(await languages()).toEqual({
        lead_funnel_facts_refresh: 'plpgsql',
        lead_funnel_facts_refresh_set: 'sql',
      });
      // reach 3 (landed, then back), a stay in `lead` (created 20 days ago, signed 10 days ago).
      expect(await writeAndCompare()).toEqual({ reach: 3, stayed: true });
      // More ids than FUNNEL_REFRESH_FEW (most of them unknown): the set-based function, the same facts.
      await qr.query(`UPDATE lead_funnel_facts SET reach = 1, d1 = NULL`);
      await qr.query(
        `SELECT lead_funnel_facts_refresh(ARRAY(SELECT id FROM leads) || ARRAY(SELECT gen_random_uuid()
            FROM generate_series(1, $1)))`,
        [FUNNEL_REFRESH_FEW],
      );
      const { kept, fresh } = await keptAndFresh();
      expect(kept).toEqual(fresh);
      await qr.query(`SELECT lead_funnel_facts_refresh('{}'), lead_funnel_facts_refresh(NULL)`);
      expect(await qr.query(FACTS)).toEqual(kept);
    } finally {
      await qr.rollbackTransaction();
    }
  });

  it('down restores the old function; up again; the facts are exact in both states', async () => {
    const inTransaction = async () => {
      await qr.startTransaction();
      try {
        return await writeAndCompare();
      } finally {
        await qr.commitTransaction();
      }
    };
    await migration.down(qr);
    expect(await languages()).toEqual({ lead_funnel_facts_refresh: 'sql' });
    expect(await inTransaction()).toEqual({ reach: 3, stayed: true });
    await migration.up(qr);
    expect(await languages()).toEqual({
      lead_funnel_facts_refresh: 'plpgsql',
      lead_funnel_facts_refresh_set: 'sql',
    });
    expect(await inTransaction()).toEqual({ reach: 3, stayed: true });
  });
});
