import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import {
  GeneratedLead,
  insertLeads,
  insertUsers,
  PARKS,
  randomLeads,
  rng,
  TRACKS,
} from '../reports/pipeline-generator';

const SEED = Number(process.env.RESULTS_SEED ?? 20250401);
const TODAY = '2025-06-15';

interface GenResult {
  leadId: string;
  year: number;
  quarter: number;
  outputWan: string;
  taxWan: string;
  employees: number;
}

const wan = (d: Decimal) => d.toFixed(4);
const ratio = (n: Decimal.Value, d: Decimal.Value) =>
  new Decimal(d).isZero() ? null : new Decimal(n).div(d).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);

/** The results report's totals over some results, written out plainly: 就业 is each lead's latest quarter. */
function totalsOf(rs: GenResult[]) {
  const output = rs.reduce((a, r) => a.plus(r.outputWan), new Decimal(0));
  const tax = rs.reduce((a, r) => a.plus(r.taxWan), new Decimal(0));
  const latest = new Map<string, GenResult>();
  for (const r of rs) if ((latest.get(r.leadId)?.quarter ?? 0) < r.quarter) latest.set(r.leadId, r);
  return {
    projects: latest.size,
    outputWan: wan(output),
    outputYi: wan(output.div(10000)),
    taxWan: wan(tax),
    taxYi: wan(tax.div(10000)),
    employees: [...latest.values()].reduce((a, r) => a + r.employees, 0),
  };
}

describe('results after production (投产达效) and the yearly investment and output targets', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let supervisor: { id: string; token: string };
  let staff: { id: string; token: string };
  let leads: GeneratedLead[];
  const results: GenResult[] = [];
  const clock = new MutableClock(new Date(`${TODAY}T04:00:00Z`));
  const get = (path: string, token = supervisor.token) =>
    api.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
  const put = (path: string, body: object, token = supervisor.token) =>
    api.http().put(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body);

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    supervisor = await createUser(api, 'supervisor');
    staff = await createUser(api, 'staff');
    const db = api.app.get(DataSource);
    const extra = [{ id: randomUUID(), name: '招商专员甲', role: 'staff' }];
    await insertUsers(db, extra);
    leads = randomLeads(SEED, 1200, [staff.id, extra[0].id], TODAY);
    await insertLeads(db, leads);
    const r = rng(SEED);
    for (const l of leads.filter((x) => x.stage === 'production')) {
      for (const [year, quarter] of [
        [2024, 3],
        [2024, 4],
        [2025, 1],
        [2025, 2],
      ]) {
        if (r() < 0.3) continue;
        results.push({
          leadId: l.id,
          year,
          quarter,
          outputWan: `${Math.floor(r() * 50000)}.${String(Math.floor(r() * 10000)).padStart(4, '0')}`,
          taxWan: `${Math.floor(r() * 3000)}.${String(Math.floor(r() * 100)).padStart(2, '0')}`,
          employees: Math.floor(r() * 900),
        });
      }
    }
    await db.query(
      `INSERT INTO lead_results (lead_id, year, quarter, output_wan, tax_wan, employees)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::numeric[], $5::numeric[], $6::int[])`,
      [
        results.map((x) => x.leadId),
        results.map((x) => x.year),
        results.map((x) => x.quarter),
        results.map((x) => x.outputWan),
        results.map((x) => x.taxWan),
        results.map((x) => x.employees),
      ],
    );
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  const expectedReport = (year: number, f: { track?: string; park?: string }) => {
    const byId = new Map(leads.map((l) => [l.id, l]));
    const rs = results.filter(
      (x) =>
        x.year === year &&
        (!f.track || byId.get(x.leadId)!.track === f.track) &&
        (!f.park || byId.get(x.leadId)!.park === f.park),
    );
    let running = new Decimal(0);
    return {
      year,
      ...totalsOf(rs),
      byQuarter: [1, 2, 3, 4].map((q) => {
        const t = totalsOf(rs.filter((x) => x.quarter === q));
        running = running.plus(t.outputWan);
        return { quarter: `${year}-Q${q}`, ...t, cumulativeOutputWan: wan(running) };
      }),
      byTrack: TRACKS.map((track) => ({
        track,
        ...totalsOf(rs.filter((x) => byId.get(x.leadId)!.track === track)),
      })),
      byPark: [...PARKS, null].map((park) => ({
        park,
        ...totalsOf(rs.filter((x) => byId.get(x.leadId)!.park === park)),
      })),
    };
  };

  it('GET /reports/results equals the independent computation, with 新增产值 against its target at an even pace', async () => {
    const noTarget = await get('/reports/results?year=2025');
    expect(noTarget.status).toBe(200);
    expect(noTarget.body).toEqual({ ...expectedReport(2025, {}), newOutput: null });

    expect(
      (
        await put('/targets/2025', {
          signedAmountWan: '6000000',
          investmentWan: 3000000,
          newOutputWan: '5000000',
        })
      ).status,
    ).toBe(200);
    const res = await get('/reports/results?year=2025');
    const expected = expectedReport(2025, {});
    // 2025-06-15 in Shanghai is day 166 of 365.
    const due = new Decimal(5000000).times(166).div(365).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
    expect(res.body).toEqual({
      ...expected,
      newOutput: {
        targetWan: '5000000.0000',
        targetYi: '500.0000',
        actualWan: expected.outputWan,
        actualYi: expected.outputYi,
        ratio: ratio(expected.outputWan, 5000000),
        expectedByTodayWan: wan(due),
        paceRatio: ratio(expected.outputWan, due),
      },
    });
    expect(expected.projects).toBeGreaterThan(10);
    expect(expected.byQuarter[2].projects).toBe(0);

    for (const f of [{ track: TRACKS[0] }, { park: PARKS[1] }, { track: TRACKS[2], park: PARKS[2] }]) {
      const q = Object.entries(f)
        .map(([k, v]) => `&${k}=${v}`)
        .join('');
      expect((await get(`/reports/results?year=2024${q}`)).body).toEqual({
        ...expectedReport(2024, f),
        newOutput: null,
      });
    }
  });

  it('target progress shows 投资强度 and 新增产值 against their targets with the even-pace mark', async () => {
    await put('/targets/2025', {
      signedAmountWan: '6000000',
      investmentWan: '3000000',
      newOutputWan: '5000000',
    });
    const target = await get('/targets/2025');
    expect(target.body).toMatchObject({ investmentWan: '3000000.0000', newOutputWan: '5000000.0000' });
    const progress = await get('/targets/2025/progress', staff.token);
    expect(progress.status).toBe(200);
    const completed = leads
      .flatMap((l) => l.investments)
      .filter((v) => v.month.startsWith('2025'))
      .reduce((a, v) => a.plus(v.completedWan), new Decimal(0));
    const output = results
      .filter((x) => x.year === 2025)
      .reduce((a, x) => a.plus(x.outputWan), new Decimal(0));
    const due = (t: number) => new Decimal(t).times(166).div(365).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
    expect(progress.body.investment).toEqual({
      targetWan: '3000000.0000',
      targetYi: '300.0000',
      actualWan: wan(completed),
      actualYi: wan(completed.div(10000)),
      ratio: ratio(completed, 3000000),
      expectedByTodayWan: wan(due(3000000)),
      paceRatio: ratio(completed, due(3000000)),
    });
    expect(progress.body.newOutput).toMatchObject({
      actualWan: wan(output),
      expectedByTodayWan: wan(due(5000000)),
    });

    // PUT replaces the whole target: without them, the yardsticks are gone.
    await put('/targets/2025', { signedAmountWan: '6000000' });
    const plain = await get('/targets/2025/progress');
    expect(plain.body.investment).toBeNull();
    expect(plain.body.newOutput).toBeNull();
    const bad = await put('/targets/2025', { signedAmountWan: '1', investmentWan: '-5', newOutputWan: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'investmentWan',
      'newOutputWan',
    ]);
  });

  it('a company page shows its producing projects’ 投产达效, summed quarter by quarter', async () => {
    const reported = [...new Set(results.map((x) => x.leadId))];
    const companyIds = new Map<string, number>();
    for (const id of reported.slice(0, 30)) {
      const c = (await get(`/leads/${id}`)).body.companyId as string;
      companyIds.set(c, (companyIds.get(c) ?? 0) + 1);
    }
    const [companyId] = [...companyIds.entries()].sort((a, b) => b[1] - a[1])[0];
    const page = await get(`/companies/${companyId}`);
    expect(page.status).toBe(200);
    const mine = new Set(page.body.leads.map((l: { id: string }) => l.id));
    const byQuarter = new Map<
      string,
      { projects: number; output: Decimal; tax: Decimal; employees: number }
    >();
    for (const x of results.filter((r) => mine.has(r.leadId))) {
      const key = `${x.year}-Q${x.quarter}`;
      const q = byQuarter.get(key) ?? {
        projects: 0,
        output: new Decimal(0),
        tax: new Decimal(0),
        employees: 0,
      };
      byQuarter.set(key, {
        projects: q.projects + 1,
        output: q.output.plus(x.outputWan),
        tax: q.tax.plus(x.taxWan),
        employees: q.employees + x.employees,
      });
    }
    const expected = [...byQuarter.entries()]
      .sort((a, b) => b[0].localeCompare(a[0]))
      .map(([quarter, q]) => ({
        quarter,
        projects: q.projects,
        outputWan: wan(q.output),
        taxWan: wan(q.tax),
        employees: q.employees,
      }));
    expect(expected.length).toBeGreaterThan(0);
    expect(page.body.results).toEqual(expected);
  });

  describe('PUT /leads/:id/results/:quarter', () => {
    const own = () => leads.find((l) => l.ownerId === staff.id && l.stage === 'production')!;
    const body = { outputWan: '12000.5', taxWan: 0, employees: 320 };

    it('records a producing lead’s quarter, replaces it, lists it and audits it', async () => {
      const id = own().id;
      const first = await put(`/leads/${id}/results/2025-Q2`, body, staff.token);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        leadId: id,
        quarter: '2025-Q2',
        outputWan: '12000.5000',
        taxWan: '0.0000',
        employees: 320,
        updatedBy: staff.id,
      });
      const second = await put(`/leads/${id}/results/2025-Q2`, { ...body, employees: 330 });
      expect(second.body.employees).toBe(330);
      const list = await get(`/leads/${id}/results`);
      expect(list.body[0]).toEqual(second.body);
      const audit = (await get(`/leads/${id}/audit`)).body.filter(
        (a: { action: string }) => a.action === 'result',
      );
      expect(audit.at(-1).changes).toEqual({ 'results.2025-Q2.employees': [320, 330] });
    });

    it('refuses other stages, future and malformed quarters, bad amounts; writes nothing', async () => {
      const id = own().id;
      const before = (await get(`/leads/${id}/results`)).body;
      const notProducing = leads.find((l) => l.stage === 'construction')!;
      const gate = await put(`/leads/${notProducing.id}/results/2025-Q1`, body);
      expect(gate.status).toBe(400);
      expect(gate.body.errors).toEqual([{ field: 'quarter', message: '项目投产后才能填报投产达效情况' }]);
      expect((await put(`/leads/${id}/results/2025-Q3`, body)).body.errors[0].field).toBe('quarter');
      expect((await put(`/leads/${id}/results/2025-Q5`, body)).body.errors[0].field).toBe('quarter');
      const bad = await put(`/leads/${id}/results/2025-Q1`, {
        outputWan: -1,
        taxWan: '1.23456',
        employees: 1.5,
      });
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'employees',
        'outputWan',
        'taxWan',
      ]);
      expect((await get(`/leads/${id}/results`)).body).toEqual(before);
    });

    it('lets staff record only their own leads; 404 for unknown leads', async () => {
      const other = leads.find((l) => l.ownerId !== staff.id && l.stage === 'production')!;
      expect((await put(`/leads/${other.id}/results/2025-Q1`, body, staff.token)).status).toBe(403);
      expect((await put(`/leads/${randomUUID()}/results/2025-Q1`, body)).status).toBe(404);
      expect((await get(`/leads/${randomUUID()}/results`)).status).toBe(404);
      expect((await get('/reports/results')).status).toBe(400);
    });
  });
});
