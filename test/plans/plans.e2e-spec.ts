import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import {
  GeneratedLead,
  insertLeads,
  insertUsers,
  PARKS,
  randomLeads,
  TRACKS,
} from '../reports/pipeline-generator';
import { expectedYear, GenPlan, insertPlans, PlanFilter, randomPlans } from './plan-fixtures';

const SEED = Number(process.env.PLANS_SEED ?? 20250615);
const TODAY = '2025-06-15';

describe('annual plans and the plan report over generated data (exact)', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let supervisor: { id: string; token: string };
  let staff: { id: string; token: string };
  let leads: GeneratedLead[];
  let plans: GenPlan[];
  const clock = new MutableClock(new Date(`${TODAY}T04:00:00Z`));
  const get = (path: string, token = supervisor.token) =>
    api.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
  const put = (path: string, body: unknown, token = supervisor.token) =>
    api
      .http()
      .put(`/api/v1${path}`)
      .set('Authorization', `Bearer ${token}`)
      .send(body as object);

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    supervisor = await createUser(api, 'supervisor');
    staff = await createUser(api, 'staff');
    const db = api.app.get(DataSource);
    const extra = Array.from({ length: 4 }, (_, i) => ({
      id: randomUUID(),
      name: `招商专员${i}`,
      role: 'staff',
    }));
    await insertUsers(db, extra);
    leads = randomLeads(SEED, 1500, [staff.id, ...extra.map((u) => u.id)], TODAY);
    await insertLeads(db, leads);
    plans = randomPlans(SEED, leads, [2024, 2025]);
    await insertPlans(db, plans);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  const query = (year: number, f: PlanFilter) =>
    `/reports/plan?year=${year}` +
    Object.entries(f)
      .map(([k, v]) => `&${k}=${String(v)}`)
      .join('');

  const FILTERS: PlanFilter[] = [
    {},
    { provincialKey: true },
    { provincialKey: false, track: TRACKS[1] },
    { park: PARKS[2] },
    { track: TRACKS[3], park: PARKS[0], provincialKey: true },
  ];

  it.each(FILTERS.map((f) => [JSON.stringify(f), f]))(
    'GET /reports/plan %s equals the independent computation, this year and last',
    async (_, f) => {
      const res = await get(query(2025, f));
      expect(res.status).toBe(200);
      const { cohort, ...expected } = expectedYear(leads, plans, 2025, f);
      const {
        cohort: lastCohort,
        byCategory,
        byBuildType,
        ...lastYear
      } = expectedYear(leads, plans, 2024, f);
      void byCategory;
      void byBuildType;
      expect(cohort.length).toBeGreaterThan(0);
      expect(lastCohort.length).toBeGreaterThan(0);
      expect(res.body).toEqual({
        ...expected,
        provincialKey: f.provincialKey ?? null,
        lastYear,
        statement: expect.stringMatching(/^\d+个(省级重点工程|年度计划)项目，开工率/),
      });
    },
  );

  it('the figures are not trivial: some started, some did not, investment was completed', () => {
    const e = expectedYear(leads, plans, 2025, {});
    expect(Number(e.startRate.numerator)).toBeGreaterThan(0);
    expect(Number(e.startRate.numerator)).toBeLessThan(Number(e.startRate.denominator));
    expect(e.investmentCompletionRate.ratio).not.toBe('0.0000');
  });

  it('staff get only their own report, with ownerId=me', async () => {
    expect((await get('/reports/plan?year=2025', staff.token)).body.code).toBe('FORBIDDEN');
    const res = await get('/reports/plan?year=2025&ownerId=me', staff.token);
    expect(res.status).toBe(200);
    const { cohort, ...expected } = expectedYear(leads, plans, 2025, { ownerId: staff.id });
    expect(cohort.length).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ projects: expected.projects, startRate: expected.startRate });
    expect(res.body.investmentCompletionRate).toEqual(expected.investmentCompletionRate);
  });

  it('GET /plans/:year pages through every plan of the filter, largest first, with sums over all pages', async () => {
    const f: PlanFilter = { provincialKey: true, park: PARKS[1] };
    const expected = expectedYear(leads, plans, 2025, f);
    const seen: { leadId: string; plannedInvestmentWan: string }[] = [];
    let cursor: string | null = null;
    let sums: unknown;
    do {
      const res = await get(
        `/plans/2025?limit=13&provincialKey=true&park=${PARKS[1]}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.items);
      sums = res.body.sums;
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.map((p) => p.leadId).sort()).toEqual(expected.cohort.map((p) => p.leadId).sort());
    const amounts = seen.map((p) => Number(p.plannedInvestmentWan));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(sums).toEqual({
      projects: expected.projects,
      plannedInvestmentWan: expected.plannedInvestmentWan,
      plannedInvestmentYi: expected.plannedInvestmentYi,
      newBuildInvestmentWan: expected.newBuildInvestmentWan,
      completedWan: expected.completedWan,
    });
    const one = seen[0] as unknown as Record<string, unknown>;
    const lead = leads.find((l) => l.id === one.leadId)!;
    expect(one).toMatchObject({ track: lead.track, stage: lead.stage, ownerId: lead.ownerId, year: 2025 });
  });

  describe('PUT /leads/:id/plans/:year', () => {
    const body = {
      plannedInvestmentWan: '52000.5',
      plannedStartMonth: '2025-03',
      plannedProductionMonth: '2026-06',
      buildType: 'new',
      category: 'industrial',
      provincialKey: true,
    };
    const ownLead = () => leads.find((l) => l.ownerId === staff.id)!;
    const otherLead = () => leads.find((l) => l.ownerId !== staff.id)!;

    it('creates and replaces a plan, lists it on the lead, and audits the change', async () => {
      const id = ownLead().id;
      const created = await put(`/leads/${id}/plans/2027`, body, staff.token);
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        leadId: id,
        year: 2027,
        plannedInvestmentWan: '52000.5000',
        plannedStartMonth: '2025-03',
        plannedProductionMonth: '2026-06',
        buildType: 'new',
        category: 'industrial',
        provincialKey: true,
        updatedBy: staff.id,
      });
      const replaced = await put(`/leads/${id}/plans/2027`, {
        ...body,
        plannedInvestmentWan: 60000,
        plannedStartMonth: null,
        plannedProductionMonth: undefined,
        buildType: 'continued',
      });
      expect(replaced.body).toMatchObject({
        plannedInvestmentWan: '60000.0000',
        plannedStartMonth: null,
        plannedProductionMonth: null,
        buildType: 'continued',
        updatedBy: supervisor.id,
      });
      const list = await get(`/leads/${id}/plans`);
      expect(list.status).toBe(200);
      expect(list.body[0]).toEqual(replaced.body);
      expect(list.body.map((p: { year: number }) => p.year)).toEqual(
        [...list.body.map((p: { year: number }) => p.year)].sort((a, b) => b - a),
      );
      const audit = await get(`/leads/${id}/audit`);
      const entries = audit.body.filter((a: { action: string }) => a.action === 'plan');
      expect(entries).toHaveLength(2);
      expect(entries[1].changes['plans.2027.plannedInvestmentWan']).toEqual(['52000.5000', '60000.0000']);
      expect(entries[1].changes['plans.2027.category']).toBeUndefined();
    });

    it('refuses bad input, naming every field, and writes nothing', async () => {
      const id = ownLead().id;
      const before = (await get(`/leads/${id}/plans`)).body;
      const bad = await put(`/leads/${id}/plans/2028`, {
        plannedInvestmentWan: '-1',
        plannedStartMonth: '2025-13',
        plannedProductionMonth: '2025',
        buildType: 'rebuild',
        category: 'x',
        provincialKey: 'yes',
        extra: 1,
      });
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
        [
          'buildType',
          'category',
          'extra',
          'plannedInvestmentWan',
          'plannedProductionMonth',
          'plannedStartMonth',
          'provincialKey',
        ].sort(),
      );
      expect(bad.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
      const order = await put(`/leads/${id}/plans/2028`, { ...body, plannedProductionMonth: '2025-02' });
      expect(order.status).toBe(400);
      expect(order.body.errors).toEqual([{ field: 'plannedProductionMonth', message: expect.any(String) }]);
      expect((await put(`/leads/${id}/plans/2028`, { ...body, buildType: undefined })).body.errors).toEqual([
        { field: 'buildType', message: '必填' },
      ]);
      expect((await put(`/leads/${id}/plans/1999`, body)).status).toBe(400);
      expect((await put(`/leads/${id}/plans/20x5`, body)).status).toBe(400);
      expect((await get(`/leads/${id}/plans`)).body).toEqual(before);
    });

    it('lets staff plan only their own leads; unknown and malformed ids are 404 and 400', async () => {
      const denied = await put(`/leads/${otherLead().id}/plans/2025`, body, staff.token);
      expect(denied.status).toBe(403);
      expect(denied.body.code).toBe('FORBIDDEN');
      expect((await put(`/leads/${randomUUID()}/plans/2025`, body)).status).toBe(404);
      expect((await get(`/leads/${randomUUID()}/plans`)).status).toBe(404);
      expect((await put(`/leads/not-a-uuid/plans/2025`, body)).status).toBe(400);
      expect((await api.http().get('/api/v1/plans/2025')).status).toBe(401);
    });

    it('refuses bad report and list filters', async () => {
      expect((await get('/reports/plan')).body.errors[0].field).toBe('year');
      expect((await get('/reports/plan?year=2025&provincialKey=maybe')).status).toBe(400);
      expect((await get('/plans/2025?category=farm')).status).toBe(400);
      expect((await get('/plans/2025?cursor=bm9wZQ')).body.errors[0].field).toBe('cursor');
    });
  });
});
