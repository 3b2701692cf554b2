import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { GeneratedLead, insertLeads, randomLeads } from './pipeline-generator';
import { expectedKpis } from './expected-reports';

/**
 * `lead_investment_years` (per lead and year sums of lead_investments, read by the KPIs) stays exact under
 * inserts, updates (amounts, and a month moved to another year) and deletes of investment rows, and of leads.
 */
describe('KPI investment sums kept by triggers', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let supervisorToken: string;
  let db: DataSource;
  let leads: GeneratedLead[];

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock: new MutableClock(new Date('2025-06-15T04:00:00Z')) });
    supervisorToken = (await createUser(api, 'supervisor')).token;
    const owner = (await createUser(api, 'staff')).id;
    db = api.app.get(DataSource);
    leads = randomLeads(4242, 600, [owner], '2025-06-15');
    await insertLeads(db, leads);
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  /** Rows of lead_investment_years that differ from a full re-sum of lead_investments (either way). */
  async function drift(): Promise<number> {
    const [{ n }]: { n: string }[] = await db.query(
      `WITH fresh AS (
         SELECT lead_id, extract(year FROM month)::int AS year, sum(paid_in_wan) AS paid_in_wan,
                sum(completed_wan) AS completed_wan
           FROM lead_investments GROUP BY 1, 2
       ),
       kept AS (SELECT lead_id, year, paid_in_wan, completed_wan FROM lead_investment_years)
       SELECT count(*) AS n FROM (
         (SELECT * FROM fresh EXCEPT ALL SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT ALL SELECT * FROM fresh)) d`,
    );
    return Number(n);
  }

  async function expectKpisExact(): Promise<void> {
    for (const year of [2024, 2025]) {
      const res = await api
        .http()
        .get(`/api/v1/reports/kpis?year=${year}`)
        .set('Authorization', `Bearer ${supervisorToken}`);
      expect(res.status).toBe(200);
      expect(res.body.zone).toEqual(expectedKpis(leads, year, () => true));
    }
    expect(await drift()).toBe(0);
  }

  const withInvestments = () => leads.filter((l) => l.investments.length >= 2);

  it('matches a full re-sum after the bulk load', async () => {
    expect(withInvestments().length).toBeGreaterThan(20);
    await expectKpisExact();
  });

  it('follows updated amounts and a month moved into another year, in one statement', async () => {
    const changed = withInvestments().slice(0, 15);
    const ids = changed.map((l) => l.id);
    // Every month of these leads: paid in +1.5; their first month moves to 1 January of the next year.
    await db.query(
      `UPDATE lead_investments i
          SET paid_in_wan = paid_in_wan + 1.5,
              month = CASE WHEN i.month = f.first THEN make_date(extract(year FROM f.first)::int + 1, 1, 1)
                           ELSE i.month END
         FROM (SELECT lead_id, min(month) AS first FROM lead_investments WHERE lead_id = ANY($1::uuid[])
                GROUP BY lead_id) f
        WHERE i.lead_id = f.lead_id
          AND NOT EXISTS (SELECT 1 FROM lead_investments j WHERE j.lead_id = f.lead_id
                             AND j.month = make_date(extract(year FROM f.first)::int + 1, 1, 1))`,
      [ids],
    );
    const rows: { lead_id: string; month: string; paid: string; completed: string }[] = await db.query(
      `SELECT lead_id, to_char(month, 'YYYY-MM-DD') AS month, paid_in_wan::text AS paid,
              completed_wan::text AS completed
         FROM lead_investments WHERE lead_id = ANY($1::uuid[])`,
      [ids],
    );
    const before = new Map(changed.map((l) => [l.id, l.investments]));
    leads = leads.map((l) =>
      before.has(l.id)
        ? {
            ...l,
            investments: rows
              .filter((r) => r.lead_id === l.id)
              .map((r) => ({ month: r.month, paidInWan: r.paid, completedWan: r.completed })),
          }
        : l,
    );
    // The update did change something (paid in grew by 1.5 per month for at least one lead).
    const grew = changed.some((l) => {
      const sum = (xs: { paidInWan: string }[]) => xs.reduce((a, x) => a.plus(x.paidInWan), new Decimal(0));
      const now = leads.find((x) => x.id === l.id)!;
      return !sum(now.investments).equals(sum(before.get(l.id)!));
    });
    expect(grew).toBe(true);
    await expectKpisExact();
  });

  it('follows inserted and deleted months, and deleted leads', async () => {
    const [a, b, c] = withInvestments().slice(20, 23);
    await db.query(
      `INSERT INTO lead_investments (lead_id, month, paid_in_wan, completed_wan)
       VALUES ($1, '2019-03-01', 12.3456, 7.0001), ($1, '2019-04-01', 0.0001, 0), ($2, '2031-12-01', 5, 5)`,
      [a.id, b.id],
    );
    const deletedMonth = c.investments[0].month;
    await db.query(`DELETE FROM lead_investments WHERE lead_id = $1 AND month = $2`, [c.id, deletedMonth]);
    const gone = withInvestments()[30];
    await db.query(`DELETE FROM leads WHERE id = $1`, [gone.id]);
    leads = leads
      .filter((l) => l.id !== gone.id)
      .map((l) =>
        l.id === a.id
          ? {
              ...l,
              investments: [
                ...l.investments,
                { month: '2019-03-01', paidInWan: '12.3456', completedWan: '7.0001' },
                { month: '2019-04-01', paidInWan: '0.0001', completedWan: '0.0000' },
              ],
            }
          : l.id === b.id
            ? {
                ...l,
                investments: [...l.investments, { month: '2031-12-01', paidInWan: '5', completedWan: '5' }],
              }
            : l.id === c.id
              ? { ...l, investments: l.investments.filter((i) => i.month !== deletedMonth) }
              : l,
      );
    await expectKpisExact();
    // Every month of one lead deleted: its yearly rows go too.
    await db.query(`DELETE FROM lead_investments WHERE lead_id = $1`, [a.id]);
    leads = leads.map((l) => (l.id === a.id ? { ...l, investments: [] } : l));
    const [{ n }]: { n: string }[] = await db.query(
      `SELECT count(*) AS n FROM lead_investment_years WHERE lead_id = $1`,
      [a.id],
    );
    expect(n).toBe('0');
    await expectKpisExact();
  });
});
