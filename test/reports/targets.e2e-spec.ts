import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import { TargetsService } from '@luodi/targets';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { derive, insertLeads, PARKS, randomLeads, TRACKS } from './pipeline-generator';
import { expectedByToday, expectedProgressTotals } from './expected-reports';

describe('targets and progress', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let db: DataSource;
  let supervisor: { id: string; token: string };
  let staff: { id: string; token: string };
  const clock = new MutableClock(new Date('2024-04-10T02:00:00Z')); // 2024-04-10 in Shanghai

  const put = (year: string | number, body: unknown, token = supervisor.token) =>
    api
      .http()
      .put(`/api/v1/targets/${year}`)
      .set('Authorization', `Bearer ${token}`)
      .send(body as object);
  const progress = (year: number, token = supervisor.token) =>
    api.http().get(`/api/v1/targets/${year}/progress`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    db = api.app.get(DataSource);
    supervisor = await createUser(api, 'supervisor');
    staff = await createUser(api, 'staff');
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  it('stores a target with breakdowns and replaces them on the next PUT', async () => {
    const first = await put(2023, {
      signedAmountWan: '6000000',
      byTrack: { new_energy: 2000000, semiconductors: '1500000.1234' },
      byPark: { yangqu: '1000000' },
      byOwner: { [staff.id]: '50000.5' },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      year: 2023,
      signedAmountWan: '6000000.0000',
      byTrack: { new_energy: '2000000.0000', semiconductors: '1500000.1234' },
      byPark: { yangqu: '1000000.0000' },
      byOwner: { [staff.id]: '50000.5000' },
      updatedBy: supervisor.id,
    });
    const second = await put(2023, { signedAmountWan: '5000000.0000', byTrack: { equipment: '1' } });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      signedAmountWan: '5000000.0000',
      byTrack: { equipment: '1.0000' },
      byPark: {},
      byOwner: {},
    });
    const read = await api.http().get('/api/v1/targets/2023').set('Authorization', `Bearer ${staff.token}`);
    expect(read.body).toEqual(second.body);
  });

  it('400 names every bad field and writes nothing; staff get 403; bad years 400', async () => {
    const bad = await put(2022, {
      signedAmountWan: '-5',
      byTrack: { steel: '10', new_energy: '1.23456' },
      byPark: { yangqu: 0 },
      byOwner: { [randomUUID()]: '10', 'not-a-uuid': '10' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    for (const f of [
      'signedAmountWan',
      'byTrack.steel',
      'byTrack.new_energy',
      'byPark.yangqu',
      'byOwner.not-a-uuid',
    ]) {
      expect(fields).toContain(f);
    }
    expect(fields.filter((f: string) => f.startsWith('byOwner.'))).toHaveLength(2);
    expect(
      (await api.http().get('/api/v1/targets/2022').set('Authorization', `Bearer ${supervisor.token}`))
        .status,
    ).toBe(404);
    expect((await put(2022, {})).status).toBe(400);
    expect((await put(2022, { signedAmountWan: '100000000.0001' })).status).toBe(400);
    expect((await put(2022, { signedAmountWan: '1', extra: 1 })).body.errors[0].field).toBe('extra');
    const forbidden = await put(2022, { signedAmountWan: '1' }, staff.token);
    expect(forbidden.status).toBe(403);
    for (const year of ['1999', '2101', 'abcd', '20245']) {
      const res = await put(year, { signedAmountWan: '1' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('year');
    }
    expect((await progress(2022)).status).toBe(404);
  });

  it('counts a signing on 31 December (Shanghai) in that year, drops a lead lost after signing, once per lead', async () => {
    const base = { ownerId: staff.id, track: 'new_energy', park: 'tanghuai', plannedWan: '100' } as const;
    const lateSigning = derive({
      ...base,
      signedWan: '1000.1234',
      createdAt: new Date('2024-12-01T01:00:00Z'),
      moves: [{ from: 'lead', to: 'signed', date: '2024-12-31' }], // signed at 23:59 local, 15:59 UTC
    });
    const newYear = derive({
      ...base,
      signedWan: '7.0001',
      createdAt: new Date('2024-12-01T01:00:00Z'),
      moves: [{ from: 'lead', to: 'signed', date: '2025-01-01' }],
    });
    const lostAfterSigning = derive({
      ...base,
      signedWan: '500',
      createdAt: new Date('2024-05-01T01:00:00Z'),
      moves: [
        { from: 'lead', to: 'signed', date: '2024-06-01' },
        { from: 'signed', to: 'lost', date: '2024-07-01' },
      ],
    });
    // Signed in 2024, moved back to `lead` and signed again in 2025: counts once, in 2024 (first signing).
    const resigned = derive({
      ...base,
      track: 'equipment',
      park: null,
      signedWan: '20',
      createdAt: new Date('2024-03-01T01:00:00Z'),
      moves: [
        { from: 'lead', to: 'signed', date: '2024-03-05' },
        { from: 'signed', to: 'lead', date: '2024-04-01' },
        { from: 'lead', to: 'signed', date: '2025-02-01' },
        { from: 'signed', to: 'landed', date: '2025-03-01' },
      ],
    });
    await insertLeads(db, [lateSigning, newYear, lostAfterSigning, resigned]);
    expect(
      await put(2024, {
        signedAmountWan: '6000000',
        byTrack: { new_energy: '2000' },
        byOwner: { [staff.id]: '1020.1234' },
      }),
    ).toHaveProperty('status', 200);

    const res = await progress(2024, staff.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      year: 2024,
      targetWan: '6000000.0000',
      targetYi: '600.0000',
      signedWan: '1020.1234',
      signedYi: '0.1020',
      ratio: '0.0002',
      remainingWan: '5998979.8766',
      count: 2,
    });
    expect(res.body.byTrack).toContainEqual({
      track: 'new_energy',
      targetWan: '2000.0000',
      signedWan: '1000.1234',
      ratio: '0.5001',
      count: 1,
    });
    expect(res.body.byTrack).toContainEqual({
      track: 'equipment',
      targetWan: null,
      signedWan: '20.0000',
      ratio: null,
      count: 1,
    });
    expect(res.body.byPark).toContainEqual({
      park: 'tanghuai',
      targetWan: null,
      signedWan: '1000.1234',
      ratio: null,
      count: 1,
    });
    expect(res.body.byOwner).toEqual([
      {
        ownerId: staff.id,
        ownerName: expect.any(String),
        targetWan: '1020.1234',
        signedWan: '1020.1234',
        ratio: '1.0000',
        count: 2,
      },
    ]);
    expect(Date.parse(res.body.asOf)).not.toBeNaN();
    const y2025 = await put(2025, { signedAmountWan: '7000000' });
    expect(y2025.status).toBe(200);
    expect((await progress(2025)).body).toMatchObject({ signedWan: '7.0001', count: 1 });
  });

  it('expects target × elapsed days / days in year by today (Shanghai), whatever the process TZ', async () => {
    // 2024-04-10 in Shanghai: 101 of 366 days.
    clock.set('2024-04-09T16:30:00Z');
    expect((await progress(2024)).body.expectedByTodayWan).toBe(
      expectedByToday('6000000', 2024, '2024-04-10'),
    );
    expect((await progress(2024)).body.expectedByTodayWan).toBe('1655737.7049');
    clock.set('2024-04-09T15:30:00Z'); // still 9 April in Shanghai
    expect((await progress(2024)).body.expectedByTodayWan).toBe('1639344.2623');
    clock.set('2023-12-31T15:59:00Z'); // before the year
    expect((await progress(2024)).body.expectedByTodayWan).toBe('0.0000');
    clock.set('2024-12-31T15:59:00Z'); // the last minute of the year
    expect((await progress(2024)).body.expectedByTodayWan).toBe('6000000.0000');
    clock.set('2024-04-10T02:00:00Z');
  });

  it('recompute equals the exact SQL sum over a generated pipeline, for every dimension', async () => {
    const owners = [staff.id, supervisor.id];
    const generated = randomLeads(7, 1500, owners, '2025-06-15');
    await insertLeads(db, generated);
    const service = api.app.get(TargetsService);
    await service.recomputeAll();
    const all = [...generated];
    const rows: { year: number }[] = await db.query(`SELECT year FROM target_total_runs ORDER BY year`);
    expect(rows.map((r) => r.year)).toEqual(expect.arrayContaining([2023, 2024, 2025]));
    // The four hand-made leads above are in the database too: add them to the model.
    const handmade = await db.query(
      `SELECT signed_amount_wan::text AS s, first_signed_at::text AS f, stage, track, park, owner_id FROM leads WHERE company_key NOT IN (SELECT unnest($1::text[]))`,
      [generated.map((l) => l.id)],
    );
    expect(handmade).toHaveLength(4);
    for (const year of [2023, 2024, 2025]) {
      const res = await progress(year);
      expect(res.status).toBe(200);
      const expected = expectedProgressTotals(all, year);
      const extra = (
        handmade as {
          s: string;
          f: string;
          stage: string;
          track: string;
          park: string | null;
          owner_id: string;
        }[]
      ).filter((h) => h.f?.startsWith(`${year}-`) && h.stage !== 'lost' && h.stage !== 'lead');
      const plus = (a: string, xs: typeof extra) =>
        xs.reduce((acc, h) => acc.plus(h.s), new Decimal(a)).toFixed(4);
      expect(res.body.signedWan).toBe(plus(expected.zone.signedWan, extra));
      expect(res.body.count).toBe(expected.zone.count + extra.length);
      for (const track of TRACKS) {
        const line = res.body.byTrack.find((t: { track: string }) => t.track === track);
        const e = expected.byTrack(track);
        const x = extra.filter((h) => h.track === track);
        expect({ signedWan: line.signedWan, count: line.count }).toEqual({
          signedWan: plus(e.signedWan, x),
          count: e.count + x.length,
        });
      }
      // The parks, then 未落园区 (park: null) last, so the parts add up to the whole.
      expect(res.body.byPark.map((t: { park: string | null }) => t.park)).toEqual([...PARKS, null]);
      for (const park of [...PARKS, null]) {
        const line = res.body.byPark.find((t: { park: string | null }) => t.park === park);
        const e = expected.byPark(park);
        const x = extra.filter((h) => h.park === park);
        expect({ park, signedWan: line.signedWan, count: line.count }).toEqual({
          park,
          signedWan: plus(e.signedWan, x),
          count: e.count + x.length,
        });
        // The 项目库 drill-down from that bar lists exactly as many leads.
        const list = await api
          .http()
          .get(`/api/v1/leads/counts?signedFrom=${year}-01-01&signedTo=${year}-12-31&park=${park ?? 'none'}`)
          .set('Authorization', `Bearer ${supervisor.token}`);
        expect({ park, count: list.body.total }).toEqual({ park, count: line.count });
      }
      const parts = (res.body.byPark as { signedWan: string; count: number }[]).reduce(
        (acc, t) => ({ s: acc.s.plus(t.signedWan), n: acc.n + t.count }),
        { s: new Decimal(0), n: 0 },
      );
      expect([parts.s.toFixed(4), parts.n]).toEqual([res.body.signedWan, res.body.count]);
      const sql: { s: string }[] = await db.query(
        `SELECT COALESCE(sum(signed_amount_wan), 0)::numeric(20,4)::text AS s FROM leads
          WHERE extract(year FROM first_signed_at) = $1 AND stage IN ('signed','landed','construction','production')`,
        [year],
      );
      expect(res.body.signedWan).toBe(sql[0].s);
    }
  });

  it('computes the totals inline on the first read of a year never computed', async () => {
    await db.query(`DELETE FROM target_total_runs WHERE year = 2023`);
    await db.query(`DELETE FROM target_totals WHERE year = 2023`);
    const res = await progress(2023);
    expect(res.status).toBe(200);
    const sql: { s: string }[] = await db.query(
      `SELECT COALESCE(sum(signed_amount_wan), 0)::numeric(20,4)::text AS s FROM leads
        WHERE first_signed_at BETWEEN '2023-01-01' AND '2023-12-31' AND stage IN ('signed','landed','construction','production')`,
    );
    expect(res.body.signedWan).toBe(sql[0].s);
    expect(Number(res.body.count)).toBeGreaterThan(0);
  });

  it('publishes the targets and reports routes in the OpenAPI document', async () => {
    const res = await api.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, { parameters?: { name: string }[] }>>;
    expect(paths['/api/v1/targets/{year}'].put).toBeDefined();
    expect(paths['/api/v1/targets/{year}/progress'].get).toBeDefined();
    for (const report of ['funnel', 'overdue', 'batches', 'owners', 'kpis']) {
      expect(paths[`/api/v1/reports/${report}`].get).toBeDefined();
    }
    const funnelParams = paths['/api/v1/reports/funnel'].get.parameters!.map((p) => p.name);
    expect(funnelParams).toEqual(expect.arrayContaining(['from', 'to', 'track', 'park', 'ownerId']));
    expect(res.body.components.schemas.TargetProgressView.properties.expectedByTodayWan).toBeDefined();
    expect(res.body.components.schemas.FunnelReportView.properties.stages).toBeDefined();
  });
});
