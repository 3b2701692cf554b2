import { SummaryFoldRepository } from '@luodi/reports';
import { createUser, useApi } from '../support/harness';
import { useTwoClients } from '../support/database-clients';
import { leadsApi } from '../leads/lead-fixtures';

/**
 * The summaries as insert-only deltas (migrations FunnelSummaryDeltas, OverdueMonthCounts): writers in the same
 * summary group no longer wait for each other, the summary views stay exact before and after a fold, and a fold
 * empties the deltas.
 */
describe('summaries: deltas, no hot row', () => {
  const t = useApi();
  const db = useTwoClients(t);

  /** Rows by which the summary views differ from a from-scratch aggregation of the facts (0: exact). */
  const drift = async () => {
    const { rows } = await db.c1.query<{ n: string }>(
      `WITH fm AS (
         SELECT date_trunc('month', created_on)::date AS month, track, park, reach, lost_ord, count(*)::int AS n,
                sum(planned)::numeric(24, 4) AS planned, sum(amount)::numeric(24, 4) AS amount
           FROM lead_funnel_facts GROUP BY 1, 2, 3, 4, 5),
       km AS (SELECT month, track, park, reach, lost_ord, n, planned, amount FROM lead_funnel_months),
       fd AS (
         SELECT date_trunc('month', f.created_on)::date AS month, f.track, f.park, v.k::smallint AS k, v.days,
                count(*)::int AS n
           FROM lead_funnel_facts f
          CROSS JOIN LATERAL (VALUES (1, f.d1), (2, f.d2), (3, f.d3), (4, f.d4), (5, f.d5)) AS v (k, days)
          WHERE v.days IS NOT NULL GROUP BY 1, 2, 3, 4, 5),
       kd AS (SELECT month, track, park, k, days, n FROM lead_funnel_month_days)
       SELECT (SELECT count(*) FROM ((SELECT * FROM fm EXCEPT ALL SELECT * FROM km)
                                     UNION ALL (SELECT * FROM km EXCEPT ALL SELECT * FROM fm)) a)
            + (SELECT count(*) FROM ((SELECT * FROM fd EXCEPT ALL SELECT * FROM kd)
                                     UNION ALL (SELECT * FROM kd EXCEPT ALL SELECT * FROM fd)) b) AS n`,
    );
    const overdue = await db.c1.query<{ n: string }>(
      `WITH fresh AS (
         SELECT owner_id, leader_id, date_trunc('month', stage_deadline)::date AS month, count(*)::int AS n
           FROM leads WHERE stage NOT IN ('production', 'lost') AND stage_deadline IS NOT NULL GROUP BY 1, 2, 3),
       kept AS (SELECT owner_id, leader_id, month, n FROM lead_overdue_months)
       SELECT count(*) AS n FROM ((SELECT * FROM fresh EXCEPT ALL SELECT * FROM kept)
                                  UNION ALL (SELECT * FROM kept EXCEPT ALL SELECT * FROM fresh)) d`,
    );
    return Number(rows[0].n) + Number(overdue.rows[0].n);
  };
  const pending = async () =>
    Number(
      (
        await db.c1.query<{ n: string }>(
          `SELECT (SELECT count(*) FROM lead_funnel_month_deltas) + (SELECT count(*) FROM lead_funnel_month_day_deltas)
                + (SELECT count(*) FROM lead_overdue_month_deltas) AS n`,
        )
      ).rows[0].n,
    );

  it("a new lead's facts, written from its row alone, equal a full refresh from its transitions", async () => {
    const staff = await createUser(t.api, 'staff');
    const leads = leadsApi(t.api);
    for (const park of ['yangqu', null]) {
      const res = await leads.create(staff.token, { track: 'new_energy', ...(park ? { park } : {}) });
      expect(res.status).toBe(201);
    }
    // A lead inserted lost from signing (as an import can), with a signed amount: reach and lost_ord from its row.
    await db.c1.query(
      `INSERT INTO leads (company_name, company_key, project_name, project_key, track, park, stage,
                          lost_from_stage, planned_investment_wan, signed_amount_wan, stage_entered_at, owner_id)
       SELECT company_name || '二期', company_key || '二期', project_name || '二期', project_key || '二期', track,
              park, 'lost', 'signed', planned_investment_wan, 12345.6789, stage_entered_at, owner_id
         FROM leads WHERE track = 'new_energy' LIMIT 1`,
    );
    const facts = `SELECT * FROM lead_funnel_facts ORDER BY lead_id`;
    const written = (await db.c1.query(facts)).rows;
    expect(written.length).toBeGreaterThanOrEqual(3);
    await db.c1.query(`SELECT lead_funnel_facts_refresh(ARRAY(SELECT id FROM leads))`);
    expect((await db.c1.query(facts)).rows).toEqual(written);
    expect(await drift()).toBe(0);
  });

  it('two writers in the same month, track and park do not wait for each other', async () => {
    const staff = await createUser(t.api, 'staff');
    const leads = leadsApi(t.api);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await leads.create(staff.token, { track: 'new_energy', park: 'xiaohe' });
      expect(res.status).toBe(201);
      ids.push(res.body.id as string);
    }
    await db.c1.query('BEGIN');
    try {
      await db.c1.query(`UPDATE leads SET planned_investment_wan = 61000 WHERE id = $1`, [ids[0]]);
      // The same summary group, while the first transaction is open: before, this waited on its summary row.
      await db.c2.query(`SET lock_timeout = '2s'`);
      await db.c2.query(`UPDATE leads SET planned_investment_wan = 62000 WHERE id = $1`, [ids[1]]);
      const created = await leads.create(staff.token, { track: 'new_energy', park: 'xiaohe' });
      expect(created.status).toBe(201);
    } finally {
      await db.c1.query('COMMIT');
    }
    expect(await drift()).toBe(0);
  });

  it('a fold moves every delta and changes no summary; readers are exact on both sides of it', async () => {
    const staff = await createUser(t.api, 'staff');
    const leads = leadsApi(t.api);
    for (const park of ['yangqu', 'tanghuai', null]) {
      const res = await leads.create(staff.token, { track: 'semiconductors', ...(park ? { park } : {}) });
      expect(res.status).toBe(201);
      await leads.patch(staff.token, res.body.id as string, { plannedInvestmentWan: '70000.5', version: 1 });
    }
    // Deadlines moved, one lead to production (no longer counted), one to another owner.
    const other = await createUser(t.api, 'staff');
    await db.c1.query(
      `UPDATE leads SET stage_deadline = stage_deadline - 400 WHERE track = 'semiconductors'`,
    );
    await db.c1.query(
      `UPDATE leads SET owner_id = $1 WHERE id = (SELECT id FROM leads WHERE track = 'semiconductors' LIMIT 1)`,
      [other.id],
    );
    await db.c1.query(
      `UPDATE leads SET stage = 'production' WHERE id = (SELECT id FROM leads WHERE track = 'semiconductors' AND owner_id <> $1 LIMIT 1)`,
      [other.id],
    );
    expect(await pending()).toBeGreaterThan(0);
    expect(await drift()).toBe(0);
    const before = await db.c1.query(`SELECT * FROM lead_funnel_months ORDER BY 1, 2, 3, 4, 5`);
    const moved = await t.api.app.get(SummaryFoldRepository).fold();
    expect(moved).toBeGreaterThan(0);
    expect(await pending()).toBe(0);
    expect((await db.c1.query(`SELECT * FROM lead_funnel_months ORDER BY 1, 2, 3, 4, 5`)).rows).toEqual(
      before.rows,
    );
    expect(await drift()).toBe(0);
    expect(await t.api.app.get(SummaryFoldRepository).fold()).toBe(0);
    // Leads deleted: their groups drop to zero and are gone from the folded rows after the next fold.
    await db.c1.query(`DELETE FROM leads WHERE track = 'semiconductors'`);
    await t.api.app.get(SummaryFoldRepository).fold();
    expect(await drift()).toBe(0);
    const zero = await db.c1.query(
      `SELECT (SELECT count(*) FROM lead_funnel_months_folded WHERE n = 0)
            + (SELECT count(*) FROM lead_overdue_months_folded WHERE n = 0) AS n`,
    );
    expect(Number(zero.rows[0].n)).toBe(0);
  });
});
