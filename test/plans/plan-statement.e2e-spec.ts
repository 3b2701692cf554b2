import { DataSource } from 'typeorm';
import { derive, GeneratedLead, insertLeads } from '../reports/pipeline-generator';
import { createUser, useApi } from '../support/harness';

/**
 * A fixture shaped like the zone's own sentence: 50 省级重点工程 (30 新建 planned to start in 2023, 27 of which
 * did, one of the three others started but was moved back; 20 续建), 年度计划投资 232.2亿元 of which 新建
 * 95.202亿元 (41%), 77.0904亿元 completed in 2023 (33.2%); plus 10 projects that are not provincial keys.
 */
describe('the plan report says it as the zone does', () => {
  const t = useApi();

  it('"50个省级重点工程项目，开工率90%，投资完成率33.2%，年度计划投资232.2亿元，其中新建占41%"', async () => {
    const supervisor = await createUser(t.api, 'supervisor');
    const db = t.api.app.get(DataSource);
    const lead = (i: number, moves: [string, string, string][], completedWan: string): GeneratedLead =>
      derive({
        ownerId: supervisor.id,
        track: 'new_energy',
        park: 'xiaohe',
        plannedWan: '100000',
        signedWan: '100000',
        createdAt: new Date(Date.UTC(2022, 0, 1 + i)),
        moves: moves.map(([from, to, date]) => ({ from: from as never, to: to as never, date })),
        investments: [{ month: '2023-06-01', paidInWan: '1', completedWan }],
      });
    const up = (start: string): [string, string, string][] => [
      ['lead', 'signed', '2022-03-01'],
      ['signed', 'landed', '2022-06-01'],
      ['landed', 'construction', start],
    ];
    const started = Array.from({ length: 27 }, (_, i) => lead(i, up(`2023-0${1 + (i % 9)}-15`), '15418.08'));
    const notYet = [
      lead(27, up('2023-03-01').slice(0, 2), '15418.08'),
      lead(28, up('2023-03-01').slice(0, 2), '15418.08'),
      lead(29, [...up('2023-03-01'), ['construction', 'landed', '2023-04-01']], '15418.08'),
    ];
    const continued = Array.from({ length: 20 }, (_, i) => lead(30 + i, up('2022-09-01'), '15418.08'));
    const others = Array.from({ length: 10 }, (_, i) => lead(50 + i, up('2023-05-05'), '999.9999'));
    await insertLeads(db, [...started, ...notYet, ...continued, ...others]);

    const plan = async (l: GeneratedLead, body: Record<string, unknown>) => {
      const res = await t.api
        .http()
        .put(`/api/v1/leads/${l.id}/plans/2023`)
        .set('Authorization', `Bearer ${supervisor.token}`)
        .send({ category: 'industrial', provincialKey: true, ...body });
      expect(res.status).toBe(200);
    };
    for (const [i, l] of [...started, ...notYet].entries()) {
      await plan(l, {
        plannedInvestmentWan: '31734',
        buildType: 'new',
        plannedStartMonth: `2023-0${1 + (i % 9)}`,
      });
    }
    for (const l of continued) {
      await plan(l, { plannedInvestmentWan: '68499', buildType: 'continued', category: 'infrastructure' });
    }
    for (const l of others) {
      await plan(l, {
        plannedInvestmentWan: '5000',
        buildType: 'new',
        plannedStartMonth: '2023-05',
        provincialKey: false,
      });
    }

    const key = await t.api
      .http()
      .get('/api/v1/reports/plan?year=2023&provincialKey=true')
      .set('Authorization', `Bearer ${supervisor.token}`);
    expect(key.status).toBe(200);
    expect(key.body.statement).toBe(
      '50个省级重点工程项目，开工率90%，投资完成率33.2%，年度计划投资232.2亿元，其中新建占41%',
    );
    expect(key.body).toMatchObject({
      projects: 50,
      plannedInvestmentWan: '2322000.0000',
      plannedInvestmentYi: '232.2000',
      newBuildShare: '0.4100',
      startRate: { numerator: '27', denominator: '30', ratio: '0.9000' },
      investmentCompletionRate: { numerator: '770904.0000', denominator: '2322000.0000', ratio: '0.3320' },
    });
    expect(
      key.body.byCategory.map((c: { category: string; projects: number }) => [c.category, c.projects]),
    ).toEqual([
      ['industrial', 30],
      ['infrastructure', 20],
    ]);

    const all = await t.api
      .http()
      .get('/api/v1/reports/plan?year=2023')
      .set('Authorization', `Bearer ${supervisor.token}`);
    expect(all.body.statement).toBe(
      '60个年度计划项目，开工率92.5%，投资完成率32.9%，年度计划投资237.2亿元，其中新建占42.2%',
    );
  }, 60_000);
});
