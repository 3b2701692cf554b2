import { QueryRunner } from 'typeorm';
import { MigrationTestDb, openMigrationTestDb } from '../support/migration-db';
import {
  CompaniesAndChains1796183024184,
  linkExistingLeads,
} from '@luodi/core/database/migrations/1796183024184-companies-and-chains';
import { normaliseCompanyName } from '@luodi/companies/company-name';
import { creditCode } from '../leads/lead-fixtures';

/**
 * The migration that links existing leads to companies: run on leads written before it (its `down` first, then
 * leads, then its `up`), it links every lead, one company per credit code and per normalised name without one;
 * running the linking again changes nothing; `down` removes it all and `up` gives the same grouping again.
 */
describe('migration: existing leads linked to companies', () => {
  let db: MigrationTestDb;
  let qr: QueryRunner;
  const migration = new CompaniesAndChains1796183024184();
  const codeA = creditCode();
  const codeB = creditCode();
  const rows: [company: string, code: string | null][] = [
    ['山西烁科晶体有限公司', codeA],
    ['烁科晶体', codeA], // the same code under another name: one company
    ['太原烁科晶体科技有限公司', null], // no code, same normalised name as the coded firm: that company
    ['晶科能源股份有限公司', null],
    ['山西晶科能源有限责任公司', null], // the same normalised name: one company
    ['ＢＹＤ汽车', null],
    ['byd汽车有限公司', null], // full width and case: one company
    ['晶科能源股份有限公司', codeB], // with a code: the company the code-less 晶科能源 leads join
    ['中来光电', null],
  ];

  beforeAll(async () => {
    db = await openMigrationTestDb();
    qr = db.qr;
  });
  afterAll(async () => {
    await db?.close();
  });

  async function grouping(): Promise<Map<string, string>> {
    const result = await qr.query(`SELECT project_name, company_id FROM leads ORDER BY project_name`);
    return new Map(
      result.map((r: { project_name: string; company_id: string }) => [r.project_name, r.company_id]),
    );
  }

  it('links every lead, one company per credit code and per normalised name, idempotently and reversibly', async () => {
    await migration.down(qr);
    await qr.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ('owner@luodi.test', '张伟', 'staff', 'x')`,
    );
    const insert = `INSERT INTO leads (company_name, company_key, credit_code, project_name, project_key, track,
        planned_investment_wan, stage, stage_entered_at, owner_id)
      SELECT $1, lower($1), $2, $3, $3, 'semiconductors', 1000, 'lead', DATE '2024-05-01', (SELECT id FROM users LIMIT 1)`;
    for (const [i, [company, code]] of rows.entries()) await qr.query(insert, [company, code, `项目${i}`]);
    // Bulk: 300 more leads over 30 code-less firms, as a set-based migration meets them.
    await qr.query(
      `INSERT INTO leads (company_name, company_key, project_name, project_key, track, planned_investment_wan, stage,
         stage_entered_at, owner_id)
       SELECT '山西批量企业' || (g % 30) || '有限公司', 'k' || g, '批量' || g, '批量' || g, 'equipment', 10, 'lead',
              DATE '2024-05-01', (SELECT id FROM users LIMIT 1)
         FROM generate_series(1, 300) g`,
    );

    await migration.up(qr);
    const linked = await grouping();
    expect([...linked.values()].every((id) => id !== null)).toBe(true);
    const company = (i: number) => linked.get(`项目${i}`);
    expect(company(1)).toBe(company(0));
    expect(company(2)).toBe(company(0));
    expect(company(4)).toBe(company(3));
    expect(company(6)).toBe(company(5));
    expect(company(3)).toBe(company(7));
    expect(new Set([company(0), company(3), company(5), company(8)]).size).toBe(4);

    // Independently: distinct codes, plus distinct normalised names of code-less firms no coded firm has.
    const coded = rows.filter(([, c]) => c !== null);
    const codedNorms = new Set(coded.map(([n]) => normaliseCompanyName(n)));
    const codeLessNorms = new Set(
      [
        ...rows.filter(([, c]) => c === null).map(([n]) => n),
        ...Array.from({ length: 30 }, (_, g) => `山西批量企业${g}有限公司`),
      ]
        .map(normaliseCompanyName)
        .filter((n) => !codedNorms.has(n)),
    );
    const [{ n }] = await qr.query(`SELECT count(*)::int AS n FROM companies`);
    expect(n).toBe(new Set(coded.map(([, c]) => c)).size + codeLessNorms.size);
    const [{ names }] = await qr.query(`SELECT count(*)::int AS names FROM company_names`);
    expect(names).toBe(n);

    // Idempotent: linking again changes nothing; unlinked leads get their companies back, no new ones.
    await linkExistingLeads(qr);
    expect(await grouping()).toEqual(linked);
    await qr.query(`UPDATE leads SET company_id = NULL WHERE project_name IN ('项目2', '项目4', '批量7')`);
    await linkExistingLeads(qr);
    expect(await grouping()).toEqual(linked);
    expect((await qr.query(`SELECT count(*)::int AS n FROM companies`))[0].n).toBe(n);

    // Reversible: down removes the columns and tables; up links the same way again.
    await migration.down(qr);
    const columns = await qr.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'leads' AND column_name = 'company_id'`,
    );
    expect(columns).toEqual([]);
    expect(await qr.query(`SELECT to_regclass('companies') AS t`)).toEqual([{ t: null }]);
    await migration.up(qr);
    const again = await grouping();
    const partition = (m: Map<string, string>) => {
      const groups = new Map<string, string[]>();
      for (const [lead, c] of m) groups.set(c, [...(groups.get(c) ?? []), lead]);
      return [...groups.values()].map((g) => g.sort().join(',')).sort();
    };
    expect(partition(again)).toEqual(partition(linked));
  });
});
