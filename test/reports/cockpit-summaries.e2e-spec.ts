import { KpisRepository, SigningsRepository, SummaryFoldRepository } from '@luodi/reports';
import { createUser, useApi } from '../support/harness';
import { useTwoClients } from '../support/database-clients';
import { leadsApi } from '../leads/lead-fixtures';

/**
 * The cockpit's summaries (migration CockpitSummaries): lead_cockpit_months and lead_cockpit_investments equal a
 * from-scratch aggregation of `leads` and `lead_investment_years` after every kind of change, before and after a
 * fold, also when a lead's cohort and its investments change in two transactions at once; and the KPIs and
 * signings read from them equal the ones read from `leads`.
 */
describe('cockpit summaries', () => {
  const t = useApi();
  const db = useTwoClients(t);

  /** The cohorts, written out again from their definitions (not from the migration's SQL). */
  const COHORTS = `
    SELECT 'signed' AS kind, date_trunc('month', first_signed_at)::date AS month, id, track, park, stage,
           COALESCE(signed_amount_wan, 0) AS amount
      FROM leads WHERE first_signed_at IS NOT NULL AND stage IN ('signed', 'landed', 'construction', 'production')
    UNION ALL
    SELECT 'landed', date_trunc('month', landed_at)::date, id, track, park, stage, 0
      FROM leads WHERE landed_at IS NOT NULL AND stage IN ('landed', 'construction', 'production')
    UNION ALL
    SELECT 'started', date_trunc('month', construction_started_at)::date, id, track, park, stage,
           planned_investment_wan
      FROM leads WHERE construction_started_at IS NOT NULL AND stage IN ('construction', 'production')`;

  /** Rows by which the summary views differ from the aggregation (0: exact). */
  const drift = async (): Promise<number> => {
    const { rows } = await db.c1.query<{ n: string }>(
      `WITH c AS (${COHORTS}),
       fm AS (SELECT kind, month, track, park, stage, count(*)::int AS n, sum(amount)::numeric(24, 4) AS amount
                FROM c GROUP BY 1, 2, 3, 4, 5),
       km AS (SELECT kind, month, track, park, stage, n, amount FROM lead_cockpit_months),
       fi AS (SELECT c.kind, c.month, c.track, c.park, c.stage, i.year, count(*)::int AS n,
                     sum(i.paid_in_wan)::numeric(24, 4) AS paid, sum(i.completed_wan)::numeric(24, 4) AS completed
                FROM c JOIN lead_investment_years i ON i.lead_id = c.id
               WHERE c.kind IN ('signed', 'started') GROUP BY 1, 2, 3, 4, 5, 6),
       ki AS (SELECT kind, month, track, park, stage, year, n, paid, completed FROM lead_cockpit_investments)
       SELECT (SELECT count(*) FROM ((SELECT * FROM fm EXCEPT ALL SELECT * FROM km)
                                     UNION ALL (SELECT * FROM km EXCEPT ALL SELECT * FROM fm)) a)
            + (SELECT count(*) FROM ((SELECT * FROM fi EXCEPT ALL SELECT * FROM ki)
                                     UNION ALL (SELECT * FROM ki EXCEPT ALL SELECT * FROM fi)) b) AS n`,
    );
    return Number(rows[0].n);
  };
  const pending = async () =>
    Number(
      (
        await db.c1.query<{ n: string }>(
          `SELECT (SELECT count(*) FROM lead_cockpit_month_deltas)
                + (SELECT count(*) FROM lead_cockpit_investment_deltas) AS n`,
        )
      ).rows[0].n,
    );

  /** KPIs and signings for every year and scope: from the summaries equal from `leads`. */
  const expectSameAsLeads = async () => {
    const kpis = t.api.app.get(KpisRepository);
    const signings = t.api.app.get(SigningsRepository);
    for (const year of [2023, 2024, 2025]) {
      for (const scope of [
        {},
        { track: 'new_energy' },
        { park: 'xiaohe' },
        { track: 'equipment', park: 'yangqu' },
      ]) {
        const sort = <T extends { level: string; key: string | null }>(xs: T[]) =>
          [...xs].sort((a, b) => `${a.level}${a.key}`.localeCompare(`${b.level}${b.key}`));
        const a = await kpis.run({ year, ...scope });
        const b = await kpis.run({ year, ...scope }, 'leads');
        for (const k of Object.keys(a) as (keyof typeof a)[]) {
          // Groups without any lead: from `leads` the zone row of an empty cohort is (0, 0); the service reads a
          // missing row as the same.
          const nonEmpty = (xs: typeof a.landingRate) =>
            xs.filter((r) => Number(r.den) !== 0 || Number(r.num) !== 0);
          expect({ k, year, scope, rows: sort(nonEmpty(a[k])) }).toEqual({
            k,
            year,
            scope,
            rows: sort(nonEmpty(b[k])),
          });
        }
        expect(await signings.byMonth(year, scope)).toEqual(await signings.byMonth(year, scope, 'leads'));
      }
    }
  };

  it('follows leads entering, leaving and moving between cohorts, their investments, and deletions', async () => {
    const staff = await createUser(t.api, 'staff');
    const leads = leadsApi(t.api);
    const ids: string[] = [];
    for (const [track, park] of [
      ['new_energy', 'xiaohe'],
      ['new_energy', null],
      ['equipment', 'yangqu'],
      ['equipment', 'yangqu'],
      ['semiconductors', 'tanghuai'],
      ['new_energy', 'xiaohe'],
    ] as const) {
      const res = await leads.create(staff.token, { track, ...(park ? { park } : {}) });
      expect(res.status).toBe(201);
      ids.push(res.body.id as string);
    }
    expect(await drift()).toBe(0);
    // Cohorts set in one statement: signed in 2024, landed in 2024, under construction since 2023 and 2024.
    await db.c1.query(
      `UPDATE leads SET stage = v.stage, signed_amount_wan = v.amount, first_signed_at = v.signed::date,
              signed_at = v.signed::date, landed_at = v.landed::date, construction_started_at = v.started::date
         FROM (VALUES ($1::uuid, 'signed', 1000.5, '2024-03-04', NULL, NULL),
                      ($2::uuid, 'landed', 2000.25, '2024-01-31', '2024-06-01', NULL),
                      ($3::uuid, 'construction', 3000, '2023-05-05', '2023-08-01', '2023-12-31'),
                      ($4::uuid, 'construction', 4000.0001, '2024-02-02', '2024-03-03', '2024-04-04'),
                      ($5::uuid, 'production', 5000, '2023-02-02', '2023-03-03', '2024-01-01')) AS v
                      (id, stage, amount, signed, landed, started)
        WHERE leads.id = v.id`,
      ids.slice(0, 5),
    );
    expect(await drift()).toBe(0);
    // Investments in several years, then changed, moved to another year and deleted.
    await db.c1.query(
      `INSERT INTO lead_investments (lead_id, month, paid_in_wan, completed_wan)
       SELECT id, m::date, 10.5, 3.25 FROM unnest($1::uuid[]) AS id,
              unnest(ARRAY['2023-11-01', '2024-02-01', '2025-01-01']) AS m`,
      [ids.slice(0, 5)],
    );
    expect(await drift()).toBe(0);
    await db.c1.query(`UPDATE lead_investments SET paid_in_wan = paid_in_wan + 0.0001 WHERE lead_id = $1`, [
      ids[2],
    ]);
    await db.c1.query(
      `UPDATE lead_investments SET month = '2026-01-01' WHERE lead_id = $1 AND month = '2023-11-01'`,
      [ids[3]],
    );
    await db.c1.query(`DELETE FROM lead_investments WHERE lead_id = $1 AND month = '2024-02-01'`, [ids[1]]);
    expect(await drift()).toBe(0);
    await expectSameAsLeads();
    // A lead moved to another track and park, one lost, one back to construction: their investments follow.
    await db.c1.query(`UPDATE leads SET track = 'new_materials', park = NULL WHERE id = $1`, [ids[3]]);
    await db.c1.query(`UPDATE leads SET stage = 'lost', lost_from_stage = 'landed' WHERE id = $1`, [ids[1]]);
    await db.c1.query(`UPDATE leads SET stage = 'construction' WHERE id = $1`, [ids[4]]);
    expect(await pending()).toBeGreaterThan(0);
    expect(await drift()).toBe(0);
    await expectSameAsLeads();
    // A fold changes no figure and empties the deltas.
    const before = (await db.c1.query(`SELECT * FROM lead_cockpit_investments ORDER BY 1, 2, 3, 4, 5, 6`))
      .rows;
    expect(await t.api.app.get(SummaryFoldRepository).fold()).toBeGreaterThan(0);
    expect(await pending()).toBe(0);
    expect(
      (await db.c1.query(`SELECT * FROM lead_cockpit_investments ORDER BY 1, 2, 3, 4, 5, 6`)).rows,
    ).toEqual(before);
    expect(await drift()).toBe(0);
    // Leads deleted with their investments: nothing of them stays, before or after the next fold.
    await db.c1.query(`DELETE FROM leads WHERE id = ANY($1::uuid[])`, [[ids[2], ids[4]]]);
    expect(await drift()).toBe(0);
    await t.api.app.get(SummaryFoldRepository).fold();
    expect(await drift()).toBe(0);
    const zero = await db.c1.query(
      `SELECT (SELECT count(*) FROM lead_cockpit_months_folded WHERE n = 0)
            + (SELECT count(*) FROM lead_cockpit_investments_folded WHERE n = 0) AS n`,
    );
    expect(Number(zero.rows[0].n)).toBe(0);
    await expectSameAsLeads();
  });

  it('a cohort change and an investment of the same lead in two open transactions: filed under the new cohort', async () => {
    const staff = await createUser(t.api, 'staff');
    const res = await leadsApi(t.api).create(staff.token, { track: 'new_materials', park: 'tanghuai' });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    await db.c1.query(
      `UPDATE leads SET stage = 'landed', signed_amount_wan = 800, first_signed_at = '2024-05-05',
              signed_at = '2024-05-05', landed_at = '2024-07-07' WHERE id = $1`,
      [id],
    );
    await db.c1.query('BEGIN');
    let insert: Promise<unknown> | undefined;
    try {
      // The lead moves to another track; meanwhile its first investment arrives in another transaction.
      await db.c1.query(`UPDATE leads SET track = 'semiconductors' WHERE id = $1`, [id]);
      insert = db.c2.query(
        `INSERT INTO lead_investments (lead_id, month, paid_in_wan, completed_wan) VALUES ($1, '2024-08-01', 77, 7)`,
        [id],
      );
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await db.c1.query('COMMIT');
    }
    await insert;
    expect(await drift()).toBe(0);
    const { rows } = await db.c1.query<{ track: string; paid: string }>(
      `SELECT track, paid::text AS paid FROM lead_cockpit_investments WHERE kind = 'signed' AND month = '2024-05-01'
          AND park = 'tanghuai'`,
    );
    expect(rows).toEqual([{ track: 'semiconductors', paid: '77.0000' }]);
  });

  it('leads inserted already in their cohorts (an import) append their counts; new leads append none', async () => {
    const staff = await createUser(t.api, 'staff');
    const before = await pending();
    // A plain new lead is in no cohort: the insert trigger returns before its aggregations (LeadCreateCheaper).
    expect((await leadsApi(t.api).create(staff.token, { track: 'equipment' })).status).toBe(201);
    expect(await pending()).toBe(before);
    expect(await drift()).toBe(0);
    // One statement: a lead at construction with all three dates, a signed one, and one in no cohort.
    await db.c1.query(
      `INSERT INTO leads (company_name, company_key, project_name, project_key, track, park, planned_investment_wan,
                          signed_amount_wan, stage, stage_entered_at, owner_id, first_signed_at, signed_at,
                          landed_at, construction_started_at)
       VALUES ('导入企业甲', '导入企业甲', '一期', '一期', 'new_energy', 'xiaohe', 3000, 2500.5, 'construction',
               '2024-05-01', $1, '2024-01-15', '2024-01-15', '2024-03-01', '2024-05-01'),
              ('导入企业乙', '导入企业乙', '二期', '二期', 'equipment', NULL, 1200, 1100, 'signed',
               '2024-02-10', $1, '2024-02-10', '2024-02-10', NULL, NULL),
              ('导入企业丙', '导入企业丙', '三期', '三期', 'equipment', NULL, 900, NULL, 'lead',
               '2024-02-10', $1, NULL, NULL, NULL, NULL)`,
      [staff.id],
    );
    expect(await pending()).toBe(before + 4);
    expect(await drift()).toBe(0);
  });
});
