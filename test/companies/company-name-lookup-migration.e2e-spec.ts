import { QueryRunner } from 'typeorm';
import { CompanyNameLookupIndex1796227902279 } from '@luodi/core/database/migrations/1796227902279-company-name-lookup-index';
import { MigrationTestDb, openMigrationTestDb } from '../support/migration-db';

/**
 * Migration CompanyNameLookupIndex down and up again: the btree on `company_names.name_norm` goes and comes back,
 * the lookup by a registered alias uses it, and a lead named by an alias is linked to that company either way.
 */
describe('migration: the company lookup by name through a btree', () => {
  let db: MigrationTestDb;
  let qr: QueryRunner;
  let owner: string;
  let company: string;
  const migration = new CompanyNameLookupIndex1796227902279();

  beforeAll(async () => {
    db = await openMigrationTestDb();
    qr = db.qr;
    [{ id: owner }] = await qr.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ('n@luodi.test', '迁移', 'staff', 'x') RETURNING id`,
    );
    [{ id: company }] = await qr.query(
      `INSERT INTO companies (name, name_norm) VALUES ('山西潇河氢能装备有限公司', '潇河氢能装备') RETURNING id`,
    );
    await qr.query(
      `INSERT INTO company_names (company_id, name_norm) VALUES ($1, '潇河氢能装备'), ($1, '潇氢')`,
      [company],
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  const hasIndex = async () =>
    (await qr.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'company_names_name_norm_idx'`)).length === 1;
  let n = 0;
  /** A lead named by the company's alias: the insert trigger links it to the company. */
  const leadCompany = async () => {
    n += 1;
    const [{ company_id }] = await qr.query(
      `INSERT INTO leads (company_name, company_key, project_name, project_key, track, planned_investment_wan, stage,
                          stage_entered_at, stage_deadline, owner_id)
       VALUES ('潇氢', '潇氢', $1, $1, 'new_energy', 100, 'lead', current_date, current_date + 30, $2)
       RETURNING company_id`,
      [`氢能项目${n}`, owner],
    );
    return company_id as string;
  };

  it('drops the index and creates it again; the alias links the lead in both states', async () => {
    expect(await hasIndex()).toBe(true);
    // A few rows only: the planner would read the table itself; asked for an index, it takes the btree.
    await qr.query(`SET enable_seqscan = off`);
    const plan = (
      await qr.query(`EXPLAIN (COSTS OFF) SELECT company_id FROM company_names WHERE name_norm = '潇氢'`)
    )
      .map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN'])
      .join('\n');
    await qr.query(`RESET enable_seqscan`);
    expect(plan).toContain('company_names_name_norm_idx');
    expect(await leadCompany()).toBe(company);

    await migration.down(qr);
    expect(await hasIndex()).toBe(false);
    expect(await leadCompany()).toBe(company);

    await migration.up(qr);
    expect(await hasIndex()).toBe(true);
    expect(await leadCompany()).toBe(company);
  });
});
