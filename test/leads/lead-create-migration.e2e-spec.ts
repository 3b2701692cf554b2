import { QueryRunner } from 'typeorm';
import { LeadCreateCheaper1796216311720 } from '@luodi/core/database/migrations/1796216311720-lead-create-cheaper';
import { MigrationTestDb, openMigrationTestDb } from '../support/migration-db';

/**
 * Migration LeadCreateCheaper down and up again: the functions and indexes it replaces come back and go again,
 * and a lead inserted in either state gets its funnel facts and its live event.
 */
describe('migration: a create cheaper in PostgreSQL', () => {
  let db: MigrationTestDb;
  let qr: QueryRunner;
  let owner: string;
  const migration = new LeadCreateCheaper1796216311720();
  const DROPPED = ['leads_construction_started_idx', 'leads_first_signed_idx', 'leads_open_deadline_idx'];

  beforeAll(async () => {
    db = await openMigrationTestDb();
    qr = db.qr;
    [{ id: owner }] = await qr.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ('m@luodi.test', '迁移', 'staff', 'x') RETURNING id`,
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  const state = async () => {
    const [lang] = await qr.query(
      `SELECT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.proname = 'lead_name_grams'`,
    );
    const indexes = await qr.query(
      `SELECT indexrelid::regclass::text AS name FROM pg_index
        WHERE indrelid = 'leads'::regclass AND indexrelid::regclass::text = ANY ($1) ORDER BY 1`,
      [DROPPED],
    );
    return { lang: lang.lanname as string, indexes: indexes.map((r: { name: string }) => r.name) };
  };

  let n = 0;
  /** Inserts a lead as the generic INSERT does; its facts and live event are there after. */
  const insertLead = async () => {
    n += 1;
    const [{ id }] = await qr.query(
      `INSERT INTO leads (company_name, company_key, project_name, project_key, track, planned_investment_wan, stage,
                          stage_entered_at, stage_deadline, owner_id)
       VALUES ('迁移测试企业', '迁移测试企业', $1, $1, 'equipment', 100, 'lead', current_date, current_date + 30, $2)
       RETURNING id`,
      [`项目${n}`, owner],
    );
    const [facts] = await qr.query(`SELECT reach, d1 FROM lead_funnel_facts WHERE lead_id = $1`, [id]);
    const [events] = await qr.query(`SELECT count(*)::int AS n FROM live_lead_events WHERE lead_id = $1`, [
      id,
    ]);
    return { facts, events: events.n as number };
  };

  it('down restores what up replaced; up again; creates work in both states', async () => {
    expect(await state()).toEqual({ lang: 'plpgsql', indexes: [] });
    expect(await insertLead()).toEqual({ facts: { reach: 1, d1: null }, events: 1 });
    await migration.down(qr);
    expect(await state()).toEqual({ lang: 'sql', indexes: DROPPED });
    expect(await insertLead()).toEqual({ facts: { reach: 1, d1: null }, events: 1 });
    await migration.up(qr);
    expect(await state()).toEqual({ lang: 'plpgsql', indexes: [] });
    expect(await insertLead()).toEqual({ facts: { reach: 1, d1: null }, events: 1 });
  });
});
