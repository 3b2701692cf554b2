import { QueryRunner } from 'typeorm';
import { InvestmentYearTotals1796279131020 } from '@luodi/core/database/migrations/1796279131020-investment-year-totals';
import { MigrationTestDb, openMigrationTestDb } from '../support/migration-db';

/**
 * Migration InvestmentYearTotals: the zone's 投资完成额 per year kept by triggers on `lead_investment_years`. After
 * every kind of write to the monthly investments (a statement of many rows, an edit, a month moved to another year,
 * a delete, a lead deleted with its investments, TRUNCATE) the totals equal the sum over the leads' years; down
 * and up again fills them from the data that is there.
 */
describe('migration: the yearly investment totals', () => {
  let db: MigrationTestDb;
  let qr: QueryRunner;
  let leads: string[];
  const migration = new InvestmentYearTotals1796279131020();

  beforeAll(async () => {
    db = await openMigrationTestDb();
    qr = db.qr;
    const [{ id: owner }] = await qr.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ('i@luodi.test', '投资', 'staff', 'x') RETURNING id`,
    );
    leads = (
      await qr.query(
        `INSERT INTO leads (company_name, company_key, project_name, project_key, track, planned_investment_wan,
                            stage, stage_entered_at, stage_deadline, owner_id)
         SELECT '投资测试企业' || n, '投资测试企业' || n, '项目' || n, '项目' || n, 'equipment', 100, 'construction',
                current_date, current_date + 30, $1
           FROM generate_series(1, 3) n
         RETURNING id`,
        [owner],
      )
    ).map((r: { id: string }) => r.id);
  });
  afterAll(async () => {
    await db?.close();
  });

  /** The totals as kept, and as summed from the leads' years. */
  const keptAndSummed = async () => ({
    kept: await qr.query(
      `SELECT year, completed_wan::text AS wan FROM investment_year_totals WHERE completed_wan <> 0 ORDER BY year`,
    ),
    summed: await qr.query(
      `SELECT year, sum(completed_wan)::numeric(24, 4)::text AS wan FROM lead_investment_years
        GROUP BY year HAVING sum(completed_wan) <> 0 ORDER BY year`,
    ),
  });
  const expectExact = async (years: number) => {
    const { kept, summed } = await keptAndSummed();
    expect(kept).toEqual(summed);
    expect(kept).toHaveLength(years);
  };

  it('follows inserts, edits, a month moved across years, deletes, a deleted lead and TRUNCATE', async () => {
    await qr.query(
      `INSERT INTO lead_investments (lead_id, month, paid_in_wan, completed_wan)
       SELECT l, m::date, 10, 1234.5678 + extract(month FROM m)
         FROM unnest($1::uuid[]) l, generate_series('2024-10-01'::date, '2025-03-01', interval '1 month') m`,
      [leads],
    );
    await expectExact(2);
    const [{ wan }] = await qr.query(
      `SELECT completed_wan::text AS wan FROM investment_year_totals WHERE year = 2024`,
    );
    expect(wan).toBe('11210.1102'); // 3 leads × (1244.5678 + 1245.5678 + 1246.5678), October to December

    await qr.query(`UPDATE lead_investments SET completed_wan = completed_wan + 0.0001 WHERE lead_id = $1`, [
      leads[0],
    ]);
    await expectExact(2);
    await qr.query(
      `UPDATE lead_investments SET month = '2026-12-01' WHERE lead_id = $1 AND month = '2024-12-01'`,
      [leads[1]],
    );
    await expectExact(3);
    await qr.query(`DELETE FROM lead_investments WHERE month = '2025-01-01'`);
    await expectExact(3);
    await qr.query(`DELETE FROM leads WHERE id = $1`, [leads[2]]);
    await expectExact(3);

    await qr.query(`TRUNCATE lead_investment_years`);
    expect(await qr.query(`SELECT * FROM investment_year_totals`)).toEqual([]);
    await qr.query(
      `SELECT lead_investment_years_refresh(array_agg(lead_id), array_agg(extract(year FROM month)::int))
         FROM lead_investments`,
    );
    await expectExact(3);
  });

  it('goes down and up again, filled from the data that is there', async () => {
    const before = await keptAndSummed();
    await qr.startTransaction();
    await migration.down(qr);
    await qr.commitTransaction();
    expect(await qr.query(`SELECT to_regclass('investment_year_totals') AS t`)).toEqual([{ t: null }]);
    await qr.query(`UPDATE lead_investments SET completed_wan = 1 WHERE lead_id = $1`, [leads[0]]);

    await qr.startTransaction();
    await migration.up(qr);
    await qr.commitTransaction();
    const after = await keptAndSummed();
    expect(after.kept).toEqual(after.summed);
    expect(after.kept).not.toEqual(before.kept);
    await qr.query(`UPDATE lead_investments SET completed_wan = 2 WHERE lead_id = $1`, [leads[0]]);
    await expectExact(3);
  });
});
