import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import {
  derive,
  GeneratedLead,
  insertLeads,
  insertUsers,
  PARKS,
  randomLeads,
  TRACKS,
} from './pipeline-generator';
import {
  countsInYear,
  expectedBatches,
  expectedFunnel,
  expectedKpis,
  expectedOverdue,
  expectedOwner,
} from './expected-reports';

const SEED = Number(process.env.REPORTS_SEED ?? 20241231);
const TODAY = '2025-06-15';

describe('reports over a generated pipeline (property-style, exact)', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let supervisor: { id: string; token: string };
  let staff: { id: string; token: string };
  let otherStaff: { id: string; token: string };
  let leads: GeneratedLead[];
  /** Lost reasons and 包联领导 set on the generated leads after insertion. */
  const lostReasons = new Map<string, string | null>();
  const leaders = new Map<string, string>();
  const clock = new MutableClock(new Date(`${TODAY}T04:00:00Z`));

  const get = (path: string, token = supervisor.token) =>
    api.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    supervisor = await createUser(api, 'supervisor');
    staff = await createUser(api, 'staff');
    otherStaff = await createUser(api, 'staff');
    const extra = Array.from({ length: 5 }, (_, i) => ({
      id: randomUUID(),
      name: `招商专员${i}`,
      role: 'staff',
    }));
    const db = api.app.get(DataSource);
    await insertUsers(db, extra);
    const owners = [staff.id, otherStaff.id, ...extra.map((u) => u.id)];
    leads = randomLeads(SEED, 3000, owners, TODAY);
    await insertLeads(db, leads);
    const REASONS = ['用地指标未落实', '企业投资战略调整', ' 企业投资战略调整 ', '', null, '配套条件不满足'];
    leads
      .filter((l) => l.stage === 'lost')
      .forEach((l, i) => lostReasons.set(l.id, REASONS[i % REASONS.length]));
    await db.query(
      `UPDATE leads l SET lost_reason = u.r FROM unnest($1::uuid[], $2::text[]) u (id, r) WHERE l.id = u.id`,
      [[...lostReasons.keys()], [...lostReasons.values()]],
    );
    leads.filter((_, i) => i % 3 === 0).forEach((l) => leaders.set(l.id, supervisor.id));
    await db.query(`UPDATE leads SET leader_id = $1 WHERE id = ANY($2::uuid[])`, [
      supervisor.id,
      [...leaders.keys()],
    ]);
  });

  const sortedReasons = (rs: { reason: string | null; count: number }[]) =>
    [...rs].sort((a, b) => b.count - a.count || String(a.reason).localeCompare(String(b.reason)));
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  const funnelCases: Record<string, string>[] = [
    {},
    { from: '2024-01-01', to: '2024-12-31' },
    { from: '2023-06-01', to: '2023-09-30', track: 'new_energy' },
    { from: '2024-03-01', to: '2025-02-28', park: 'yangqu' },
    { from: '2024-12-31', to: '2024-12-31' },
    // Whole months from the monthly summaries, partial months at either edge from the per-lead facts.
    { from: '2023-11-17', to: '2024-08-09' },
    { from: '2024-05-15' },
    { to: '2023-04-10', track: 'equipment' },
    { from: '2024-02-10', to: '2024-03-05', park: 'xiaohe' },
  ];

  it.each(funnelCases)('funnel %o equals the independent computation', async (q) => {
    const res = await get(`/reports/funnel?${new URLSearchParams(q).toString()}`);
    expect(res.status).toBe(200);
    const expected = expectedFunnel(leads, q, lostReasons);
    expect(res.body.total).toBe(expected.total);
    expect(res.body.stages).toEqual(expected.stages);
    const { reasons, ...lost } = res.body.lost as { reasons: { reason: string | null; count: number }[] };
    expect(lost).toEqual(expected.lost);
    expect(sortedReasons(reasons)).toEqual(sortedReasons(expected.reasons).slice(0, 10));
    expect(res.body.mostStalledStage).toBe(expected.mostStalledStage);
    expect(res.body.mostLostStage).toBe(expected.mostLostStage);
    for (const s of res.body.stages as {
      reached: number;
      converted: number | null;
      lost: number;
      open: number;
    }[]) {
      expect(s.reached).toBe((s.converted ?? 0) + s.lost + s.open);
    }
  });

  it.each(funnelCases)('the lead list drills down to funnel %o: reached counts equal', async (q) => {
    const funnel = await get(`/reports/funnel?${new URLSearchParams(q).toString()}`);
    for (const stage of funnel.body.stages as { stage: string; reached: number }[]) {
      const filter = new URLSearchParams({
        reached: stage.stage,
        ...(q.from ? { createdFrom: q.from } : {}),
        ...(q.to ? { createdTo: q.to } : {}),
        ...(q.track ? { track: q.track } : {}),
        ...(q.park ? { park: q.park } : {}),
      });
      const counts = await get(`/leads/counts?${filter.toString()}`);
      expect({ stage: stage.stage, total: counts.body.total }).toEqual({
        stage: stage.stage,
        total: stage.reached,
      });
    }
  });

  it('funnel for one owner; staff get their own with ownerId=me and 403 otherwise', async () => {
    const mine = await get('/reports/funnel?ownerId=me&from=2024-01-01&to=2024-12-31', staff.token);
    expect(mine.status).toBe(200);
    const expected = expectedFunnel(leads, { ownerId: staff.id, from: '2024-01-01', to: '2024-12-31' });
    expect(mine.body.stages).toEqual(expected.stages);
    expect(mine.body.lost).toMatchObject(expected.lost);
    const byId = await get(`/reports/funnel?ownerId=${staff.id}&from=2024-01-01&to=2024-12-31`);
    expect(byId.body.stages).toEqual(expected.stages);
    for (const path of [
      '/reports/funnel',
      `/reports/funnel?ownerId=${otherStaff.id}`,
      '/reports/overdue',
      '/reports/owners?year=2024',
      '/reports/kpis?year=2024',
      '/reports/batches?from=2024-01-01&to=2024-01-31',
    ]) {
      const res = await get(path, staff.token);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
  });

  it('batches (三个一批) for a month and a year equal the independent computation', async () => {
    for (const [from, to] of [
      ['2024-04-01', '2024-04-30'],
      ['2024-01-01', '2024-12-31'],
      ['2025-01-01', '2025-06-15'],
    ]) {
      const res = await get(`/reports/batches?from=${from}&to=${to}`);
      expect(res.status).toBe(200);
      const expected = expectedBatches(leads, from, to);
      for (const kind of ['signed', 'constructionStarted', 'productionStarted'] as const) {
        expect(res.body[kind].count).toBe(expected[kind].count);
        expect(res.body[kind].amountWan).toBe(expected[kind].amountWan);
        expect(res.body[kind].items.map((i: { id: string }) => i.id).sort()).toEqual(expected[kind].ids);
      }
    }
    const mine = await get('/reports/batches?from=2024-01-01&to=2024-12-31&ownerId=me', staff.token);
    expect(mine.body.signed.count).toBe(
      expectedBatches(leads, '2024-01-01', '2024-12-31', { ownerId: staff.id }).signed.count,
    );
  });

  it('batches with summary=true: the same counts and amounts without the leads, scope and staff rule included', async () => {
    for (const [from, to, scope] of [
      ['2024-04-01', '2024-04-30', {}],
      ['2024-01-01', '2024-12-31', { track: 'new_energy' }],
      ['2025-01-01', '2025-06-15', { park: 'tanghuai', track: 'equipment' }],
      ['2030-01-01', '2030-01-31', {}],
    ] as [string, string, Record<string, string>][]) {
      const q = new URLSearchParams({ from, to, ...scope });
      const full = await get(`/reports/batches?${q.toString()}&summary=false`);
      const summary = await get(`/reports/batches?${q.toString()}&summary=true`);
      expect(full.status).toBe(200);
      expect(summary.status).toBe(200);
      const expected = expectedBatches(leads, from, to, scope);
      const figures = Object.fromEntries(
        (['signed', 'constructionStarted', 'productionStarted'] as const).map((k) => [
          k,
          { count: expected[k].count, amountWan: expected[k].amountWan },
        ]),
      );
      expect(summary.body).toEqual({ from, to, ...figures });
      expect(full.body.signed.items).toHaveLength(expected.signed.count);
    }
    const mine = await get(
      '/reports/batches?from=2024-01-01&to=2024-12-31&ownerId=me&summary=true',
      staff.token,
    );
    const own = expectedBatches(leads, '2024-01-01', '2024-12-31', { ownerId: staff.id });
    expect(mine.body.signed).toEqual({ count: own.signed.count, amountWan: own.signed.amountWan });
    const zone = await get('/reports/batches?from=2024-01-01&to=2024-12-31&summary=true', staff.token);
    expect(zone.status).toBe(403);
    expect(zone.body.code).toBe('FORBIDDEN');
  });

  it('batches: a summary that is not true or false is a 400 naming the field, in Chinese by default', async () => {
    for (const bad of ['yes', '1', 'TRUE', '']) {
      const res = await get(`/reports/batches?from=2024-01-01&to=2024-01-31&summary=${bad}`);
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field: 'summary', message: '须为 true 或 false' }]);
    }
    const en = await get('/reports/batches?from=2024-01-01&to=2024-01-31&summary=yes').set(
      'Accept-Language',
      'en',
    );
    expect(en.body.errors).toEqual([{ field: 'summary', message: 'must be true or false' }]);
    expect(en.body.code).toBe('VALIDATION_FAILED');
  });

  it('the lead list drills down to the 三个一批: each batch lists exactly its leads, scope included', async () => {
    for (const [from, to, scope] of [
      ['2024-04-01', '2024-04-30', {}],
      ['2024-01-01', '2024-12-31', { track: 'new_energy' }],
      ['2025-01-01', '2025-06-15', { park: 'tanghuai' }],
    ] as [string, string, Record<string, string>][]) {
      const report = await get(`/reports/batches?${new URLSearchParams({ from, to, ...scope }).toString()}`);
      for (const batch of ['signed', 'constructionStarted', 'productionStarted'] as const) {
        const q = new URLSearchParams({ batch, batchFrom: from, batchTo: to, ...scope });
        const counts = await get(`/leads/counts?${q.toString()}`);
        q.set('limit', '200');
        expect({ batch, from, total: counts.body.total }).toEqual({
          batch,
          from,
          total: report.body[batch].count,
        });
        const ids: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await get(`/leads?${q.toString()}${cursor ? `&cursor=${cursor}` : ''}`);
          ids.push(...page.body.items.map((l: { id: string }) => l.id));
          cursor = page.body.nextCursor;
        } while (cursor);
        expect(ids.sort()).toEqual(report.body[batch].items.map((i: { id: string }) => i.id).sort());
      }
    }
  });

  it('the lead list drills down to the funnel’s lost reasons (trimmed; none written) and its lost count', async () => {
    const cases: Record<string, string>[] = [
      { from: '2024-01-01', to: '2024-12-31' },
      { from: '2023-01-01', to: '2025-12-31', track: 'equipment' },
    ];
    for (const q of cases) {
      const funnel = await get(`/reports/funnel?${new URLSearchParams(q).toString()}`);
      const scope = { createdFrom: q.from, createdTo: q.to, ...(q.track ? { track: q.track } : {}) };
      const lost = await get(`/leads/counts?${new URLSearchParams({ stage: 'lost', ...scope }).toString()}`);
      expect(lost.body.total).toBe(funnel.body.lost.count);
      const reasons = funnel.body.lost.reasons as { reason: string | null; count: number }[];
      expect(reasons.some((r) => r.reason === null)).toBe(true);
      for (const r of reasons) {
        const filter: Record<string, string> =
          r.reason === null ? { lostReasonMissing: 'true' } : { lostReason: r.reason };
        const counts = await get(`/leads/counts?${new URLSearchParams({ ...filter, ...scope }).toString()}`);
        expect({ reason: r.reason, total: counts.body.total }).toEqual({ reason: r.reason, total: r.count });
      }
    }
  });

  /** Every overdue lead of a report, read page by page (the summaries are the same on every page). */
  async function overduePages(query: string, limit: number) {
    const items: {
      id: string;
      ownerId: string;
      daysOverdue: number;
      warning: string;
      leaderId: string | null;
    }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`/reports/overdue?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 1000);
    return { items, pages };
  }

  it('overdue: counts by owner over all, the leads paged most overdue first, with days overdue and red', async () => {
    const res = await get('/reports/overdue');
    expect(res.status).toBe(200);
    const expected = expectedOverdue(leads, TODAY);
    expect(res.body.today).toBe(TODAY);
    expect(res.body.count).toBe(expected.count);
    expect(res.body.owners).toHaveLength(expected.owners.size);
    for (const owner of res.body.owners) {
      const e = expected.owners.get(owner.ownerId)!;
      expect([owner.count, owner.maxDaysOverdue]).toEqual([e.count, e.maxDaysOverdue]);
    }
    const counts = (res.body.owners as { count: number }[]).map((o) => o.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(res.body.items).toHaveLength(Math.min(50, expected.count));
    const { items, pages } = await overduePages('', 200);
    expect(pages).toBe(Math.ceil(expected.count / 200));
    expect(items.map((l) => l.id).sort()).toEqual(
      [...expected.owners.values()].flatMap((o) => [...o.days.keys()]).sort(),
    );
    expect(new Set(items.map((l) => l.id)).size).toBe(items.length);
    for (let i = 0; i < items.length; i++) {
      const l = items[i];
      expect(l.daysOverdue).toBe(expected.owners.get(l.ownerId)!.days.get(l.id));
      expect(l.warning).toBe('red');
      if (i > 0) {
        const prev = items[i - 1];
        expect(
          prev.daysOverdue > l.daysOverdue || (prev.daysOverdue === l.daysOverdue && prev.id < l.id),
        ).toBe(true);
      }
    }
    expect(res.body.items).toEqual((await overduePages('', 50)).items.slice(0, 50));
    const mine = await get('/reports/overdue?ownerId=me', staff.token);
    expect(mine.status).toBe(200);
    expect(mine.body.count).toBe(expectedOverdue(leads, TODAY, { ownerId: staff.id }).count);
    expect((mine.body.items as { ownerId: string }[]).every((l) => l.ownerId === staff.id)).toBe(true);
    expect(mine.body.owners).toEqual([
      expect.objectContaining({ ownerId: staff.id, count: mine.body.count }),
    ]);
    const tracked = await overduePages('track=new_energy&park=tanghuai', 7);
    expect(tracked.items).toHaveLength(
      expectedOverdue(leads, TODAY, { track: 'new_energy', park: 'tanghuai' }).count,
    );
  });

  it.each([2024, 2025])(
    'signings by month for %i equal the counting rule, cumulative to the year',
    async (year) => {
      const scopes: Record<string, string>[] = [
        {},
        { track: 'new_energy' },
        { park: 'tanghuai' },
        { ownerId: staff.id },
      ];
      for (const q of scopes) {
        const res = await get(
          `/reports/signings?${new URLSearchParams({ year: String(year), ...q }).toString()}`,
        );
        expect(res.status).toBe(200);
        const counted = leads.filter(
          (l) =>
            countsInYear(l, year) &&
            Object.entries(q).every(([k, v]) => (l as unknown as Record<string, unknown>)[k] === v),
        );
        let running = new Decimal(0);
        const months = Array.from({ length: 12 }, (_, i) => {
          const month = `${year}-${String(i + 1).padStart(2, '0')}`;
          const inMonth = counted.filter((l) => l.firstSignedAt!.startsWith(month));
          const signed = inMonth.reduce((a, l) => a.plus(l.signedAmountWan ?? 0), new Decimal(0));
          running = running.plus(signed);
          return {
            month,
            signedWan: signed.toFixed(4),
            count: inMonth.length,
            cumulativeWan: running.toFixed(4),
          };
        });
        expect(res.body).toEqual({ year, signedWan: running.toFixed(4), count: counted.length, months });
      }
      const staffOwn = await get(`/reports/signings?year=${year}&ownerId=me`, staff.token);
      expect(staffOwn.status).toBe(200);
      expect((await get(`/reports/signings?year=${year}`, staff.token)).status).toBe(403);
      expect((await get('/reports/signings?year=abc')).status).toBe(400);
    },
  );

  it('overdue by 包联领导 (names, longest first) and for one leader', async () => {
    const expected = expectedOverdue(leads, TODAY, {}, leaders);
    const res = await get('/reports/overdue');
    const byLeader = (xs: { leaderId: string | null; count: number; maxDaysOverdue: number }[]) =>
      xs.map(({ leaderId, count, maxDaysOverdue }) => ({ leaderId, count, maxDaysOverdue }));
    expect(byLeader(res.body.leaders)).toEqual(expect.arrayContaining(byLeader(expected.leaders)) as unknown);
    expect(res.body.leaders).toHaveLength(expected.leaders.length);
    const days = (res.body.leaders as { maxDaysOverdue: number }[]).map((l) => l.maxDaysOverdue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const mineLed = (res.body.leaders as { leaderId: string | null; leaderName: string | null }[]).find(
      (l) => l.leaderId === supervisor.id,
    );
    expect(mineLed?.leaderName).toEqual(expect.any(String));
    const led = await get(`/reports/overdue?leaderId=${supervisor.id}&limit=200`);
    expect(led.body.count).toBe(expectedOverdue(leads, TODAY, { leaderId: supervisor.id }, leaders).count);
    expect(led.body.items.length).toBe(Math.min(200, led.body.count));
    for (const l of led.body.items as { leaderId: string; leaderName: string }[])
      expect([l.leaderId, l.leaderName]).toEqual([supervisor.id, mineLed?.leaderName]);
    const me = await get('/reports/overdue?leaderId=me');
    expect(me.body.count).toBe(led.body.count);
    const list = await get(`/leads/counts?overdue=true&leaderId=${supervisor.id}`);
    expect(list.body.total).toBe(led.body.count);
  });

  it('owners (绩效) per owner against their own target', async () => {
    const put = await api
      .http()
      .put('/api/v1/targets/2024')
      .set('Authorization', `Bearer ${supervisor.token}`)
      .send({ signedAmountWan: '6000000', byOwner: { [staff.id]: '250000.5' } });
    expect(put.status).toBe(200);
    const res = await get('/reports/owners?year=2024');
    expect(res.status).toBe(200);
    const owners = new Set(leads.map((l) => l.ownerId));
    for (const ownerId of owners) {
      const line = res.body.owners.find((o: { ownerId: string }) => o.ownerId === ownerId);
      const expected = expectedOwner(
        leads,
        ownerId,
        2024,
        TODAY,
        ownerId === staff.id ? '250000.5000' : null,
      );
      expect(line).toMatchObject(expected);
    }
    const mine = await get('/reports/owners?year=2024&ownerId=me', staff.token);
    expect(mine.body.owners).toHaveLength(1);
    expect(mine.body.owners[0]).toMatchObject(expectedOwner(leads, staff.id, 2024, TODAY, '250000.5000'));
  });

  it.each([2024, 2025])(
    'KPIs for %i equal the independent computation, zone, tracks and parks',
    async (year) => {
      const res = await get(`/reports/kpis?year=${year}`);
      expect(res.status).toBe(200);
      expect(res.body.zone).toEqual(expectedKpis(leads, year, () => true));
      for (const track of TRACKS) {
        const line = res.body.byTrack.find((t: { track: string }) => t.track === track);
        expect(line).toEqual({ track, ...expectedKpis(leads, year, (l) => l.track === track) });
      }
      for (const park of PARKS) {
        const line = res.body.byPark.find((t: { park: string }) => t.park === park);
        expect(line).toEqual({ park, ...expectedKpis(leads, year, (l) => l.park === park) });
      }
    },
  );

  it('empty periods give zeros, not errors', async () => {
    const funnel = await get('/reports/funnel?from=2030-01-01&to=2030-12-31');
    expect(funnel.status).toBe(200);
    expect(funnel.body.total).toBe(0);
    expect(funnel.body.stages.map((s: { reached: number }) => s.reached)).toEqual([0, 0, 0, 0, 0]);
    expect(funnel.body.stages[0]).toMatchObject({
      amountWan: '0.0000',
      conversionFromPrevious: null,
      medianDaysInStage: null,
    });
    expect(funnel.body.stages[1].conversionFromPrevious).toBeNull();
    const batches = await get('/reports/batches?from=2030-01-01&to=2030-01-31');
    expect(batches.body.signed).toEqual({ count: 0, amountWan: '0.0000', items: [] });
    const kpis = await get('/reports/kpis?year=2031');
    expect(kpis.body.zone.landingRate).toEqual({ numerator: '0', denominator: '0', ratio: null });
    expect(kpis.body.zone.fundingRate).toEqual({ numerator: '0.0000', denominator: '0.0000', ratio: null });
  });

  it('400 VALIDATION_FAILED for bad dates, reversed periods, bad years and unknown filters', async () => {
    const cases: [string, string][] = [
      ['/reports/funnel?from=2024-13-01', 'from'],
      ['/reports/funnel?from=2024-02-30&to=2024-03-01', 'from'],
      ['/reports/funnel?from=2024-05-01&to=2024-04-01', 'to'],
      ['/reports/funnel?track=steel', 'track'],
      ['/reports/funnel?ownerId=nobody', 'ownerId'],
      ['/reports/batches?from=2024-01-01', 'to'],
      ['/reports/kpis?year=abc', 'year'],
      ['/reports/kpis', 'year'],
      ['/reports/owners?year=1999', 'year'],
      ['/reports/overdue?limit=0', 'limit'],
      ['/reports/overdue?limit=201', 'limit'],
      ['/reports/overdue?cursor=bm90LWEtY3Vyc29y', 'cursor'],
      ['/reports/overdue?limitPerOwner=5', 'limitPerOwner'],
      ['/reports/overdue?color=red', 'color'],
      ['/reports/overdue?leaderId=boss', 'leaderId'],
      ['/leads/counts?reached=lost', 'reached'],
      ['/leads/counts?createdFrom=2024-05-01&createdTo=2024-04-01', 'createdTo'],
      ['/leads/counts?signedFrom=2024-02-30', 'signedFrom'],
      ['/leads?signedFrom=2024-05-01&signedTo=2024-04-01', 'signedTo'],
      ['/leads?park=nowhere', 'park'],
      ['/leads?batch=landed', 'batch'],
      ['/leads/counts?batchFrom=2024-01-01', 'batchFrom'],
      ['/leads?batch=signed&batchFrom=2024-05-01&batchTo=2024-04-01', 'batchTo'],
      ['/leads?lostReason=%20%20', 'lostReason'],
      ['/leads/counts?lostReasonMissing=yes', 'lostReasonMissing'],
    ];
    for (const [path, field] of cases) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });
});

describe('funnel edge cases', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let supervisorToken: string;
  let ownerId: string;

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock: new MutableClock(new Date('2025-06-15T04:00:00Z')) });
    const supervisor = await createUser(api, 'supervisor');
    supervisorToken = supervisor.token;
    ownerId = (await createUser(api, 'staff')).id;
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  it('counts a lead that went backwards and forwards once per stage, with its days summed per stage', async () => {
    const lead = derive({
      ownerId,
      track: 'equipment',
      park: 'xiaohe',
      plannedWan: '100.0000',
      signedWan: '80.0000',
      createdAt: new Date('2024-02-29T16:30:00Z'), // 2024-03-01 in Shanghai
      moves: [
        { from: 'lead', to: 'signed', date: '2024-03-11' }, // 10 days in lead
        { from: 'signed', to: 'landed', date: '2024-03-21' }, // 10 in signed
        { from: 'landed', to: 'signed', date: '2024-03-25' }, // 4 in landed
        { from: 'signed', to: 'landed', date: '2024-03-30' }, // +5 in signed = 15
        { from: 'landed', to: 'lost', date: '2024-04-09' }, // +10 in landed = 14
      ],
    });
    const other = derive({
      ownerId,
      track: 'equipment',
      park: null,
      plannedWan: '50.5000',
      createdAt: new Date('2024-03-02T02:00:00Z'),
      moves: [],
    });
    await insertLeads(api.app.get(DataSource), [lead, other]);
    const res = await api
      .http()
      .get('/api/v1/reports/funnel?from=2024-03-01&to=2024-03-31')
      .set('Authorization', `Bearer ${supervisorToken}`);
    expect(res.status).toBe(200);
    expect(res.body.stages).toMatchObject([
      {
        stage: 'lead',
        reached: 2,
        amountWan: '150.5000',
        conversionFromPrevious: null,
        medianDaysInStage: 10,
      },
      {
        stage: 'signed',
        reached: 1,
        amountWan: '80.0000',
        conversionFromPrevious: '0.5000',
        medianDaysInStage: 15,
      },
      {
        stage: 'landed',
        reached: 1,
        amountWan: '80.0000',
        conversionFromPrevious: '1.0000',
        medianDaysInStage: 14,
      },
      {
        stage: 'construction',
        reached: 0,
        amountWan: '0.0000',
        conversionFromPrevious: '0.0000',
        medianDaysInStage: null,
      },
      {
        stage: 'production',
        reached: 0,
        amountWan: '0.0000',
        conversionFromPrevious: null,
        medianDaysInStage: null,
      },
    ]);
    // Of reached: converted + lost + open; P75 of one value is that value; conversion by amount 80 ÷ 150.5.
    expect(
      (
        res.body.stages as {
          converted: number | null;
          lost: number;
          open: number;
          p75DaysInStage: number | null;
          conversionByAmount: string | null;
        }[]
      ).map((s) => [s.converted, s.lost, s.open, s.p75DaysInStage, s.conversionByAmount]),
    ).toEqual([
      [1, 0, 1, 10, null],
      [1, 0, 0, 15, '0.5316'],
      [0, 1, 0, 14, '1.0000'],
      [0, 0, 0, null, '0.0000'],
      [null, 0, 0, null, null],
    ]);
    expect(res.body.mostStalledStage).toBe('lead');
    expect(res.body.mostLostStage).toBe('landed');
    expect(res.body.lost).toMatchObject({
      count: 1,
      byStage: { lead: 0, signed: 0, landed: 1, construction: 0, production: 0 },
    });
    // Created 2024-03-01 00:30 in Shanghai (still February in UTC): outside February's funnel.
    const feb = await api
      .http()
      .get('/api/v1/reports/funnel?from=2024-02-01&to=2024-02-29')
      .set('Authorization', `Bearer ${supervisorToken}`);
    expect(feb.body.total).toBe(0);
  });
});

describe('funnel facts stay exact whatever order transitions are written in', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let supervisorToken: string;
  let ownerId: string;

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock: new MutableClock(new Date('2025-06-15T04:00:00Z')) });
    supervisorToken = (await createUser(api, 'supervisor')).token;
    ownerId = (await createUser(api, 'staff')).id;
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  it('recomputes a lead from all its transitions on each insert, update and delete', async () => {
    const db = api.app.get(DataSource);
    const generated = randomLeads(99, 300, [ownerId], '2025-06-15');
    // Leads without their history first, then each transition on its own, newest first.
    await insertLeads(
      db,
      generated.map((l) => ({ ...l, moves: [] })),
    );
    for (const l of generated) {
      for (let k = l.moves.length - 1; k >= 0; k--) {
        const m = l.moves[k];
        await db.query(
          `INSERT INTO lead_transitions (lead_id, from_stage, to_stage, date, at)
           VALUES ($1, $2, $3, $4, $5::timestamptz + make_interval(mins => $6))`,
          [l.id, m.from, m.to, m.date, l.createdAt.toISOString(), k + 1],
        );
      }
    }
    const funnel = async () =>
      (await api.http().get('/api/v1/reports/funnel').set('Authorization', `Bearer ${supervisorToken}`)).body;
    expect((await funnel()).stages).toEqual(expectedFunnel(generated, {}).stages);

    // Drop the last move of every lead that has two or more, and shift one date: facts follow.
    const trimmed = generated.map((l) => (l.moves.length >= 2 ? { ...l, moves: l.moves.slice(0, -1) } : l));
    await db.query(
      `DELETE FROM lead_transitions t USING (
         SELECT id, row_number() OVER (PARTITION BY lead_id ORDER BY at DESC, id DESC) AS rn,
                count(*) OVER (PARTITION BY lead_id) AS n FROM lead_transitions) x
        WHERE t.id = x.id AND x.rn = 1 AND x.n >= 2`,
    );
    const first = trimmed.find((l) => l.moves.length >= 1)!;
    await db.query(
      `UPDATE lead_transitions SET date = date - 1 WHERE lead_id = $1 AND at = (SELECT min(at) FROM lead_transitions WHERE lead_id = $1)`,
      [first.id],
    );
    const [d] = first.moves;
    const shifted = trimmed.map((l) =>
      l.id === first.id
        ? {
            ...l,
            moves: [
              {
                ...d,
                date: new Date(Date.parse(`${d.date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
              },
              ...l.moves.slice(1),
            ],
          }
        : l,
    );
    const result = await funnel();
    const expected = expectedFunnel(shifted, {});
    // Reached counts also use the lead's current columns, unchanged here; compare the history-driven medians.
    expect(result.stages.map((s: { medianDaysInStage: number | null }) => s.medianDaysInStage)).toEqual(
      expected.stages.map((s) => s.medianDaysInStage),
    );
    expect(await factsDrift(db)).toBe(0);
  });

  it('follows changes to the leads themselves: track, park, owner, amounts, stage, creation, deletion', async () => {
    const db = api.app.get(DataSource);
    const other = (await createUser(api, 'staff')).id;
    let leads = randomLeads(7, 200, [ownerId, other], '2025-06-15');
    await insertLeads(db, leads);
    // Only these leads from here on (the previous test's go: a deletion of many leads at once).
    await db.query(`DELETE FROM leads WHERE id <> ALL($1::uuid[])`, [leads.map((l) => l.id)]);
    const funnel = async (q: Record<string, string>) =>
      (
        await api
          .http()
          .get(`/api/v1/reports/funnel?${new URLSearchParams(q).toString()}`)
          .set('Authorization', `Bearer ${supervisorToken}`)
      ).body;
    const check = async () => {
      const cases: Record<string, string>[] = [
        {},
        { track: 'new_energy' },
        { park: 'yangqu' },
        { ownerId: other },
        { from: '2024-06-01' },
      ];
      for (const q of cases) {
        const res = await funnel(q);
        const { reasons, ...expected } = expectedFunnel(leads, q);
        expect({
          q,
          total: res.total,
          stages: res.stages,
          lost: res.lost,
          mostStalledStage: res.mostStalledStage,
          mostLostStage: res.mostLostStage,
        }).toEqual({ q, ...expected, lost: { ...expected.lost, reasons } });
      }
      expect(await factsDrift(db)).toBe(0);
    };
    await check();

    // One statement changing several leads' filters and amounts at once (the trigger sees them as a set).
    const moved = leads.filter((_, i) => i % 5 === 0).map((l) => l.id);
    await db.query(
      `UPDATE leads SET track = 'new_energy', park = CASE WHEN park IS NULL THEN 'yangqu' END, owner_id = $2,
              planned_investment_wan = planned_investment_wan + 1.2345,
              signed_amount_wan = CASE WHEN signed_amount_wan IS NOT NULL THEN signed_amount_wan * 2 END
        WHERE id = ANY($1::uuid[])`,
      [moved, other],
    );
    const plus = (a: string, b: string) => new Decimal(a).plus(b).toFixed(4);
    leads = leads.map((l) =>
      moved.includes(l.id)
        ? {
            ...l,
            track: 'new_energy',
            park: l.park === null ? 'yangqu' : null,
            ownerId: other,
            plannedWan: plus(l.plannedWan, '1.2345'),
            signedAmountWan:
              l.signedAmountWan === null ? null : new Decimal(l.signedAmountWan).times(2).toFixed(4),
          }
        : l,
    );
    await check();

    // A lead lost from its stage (current columns only: no transition written), one re-dated, one deleted.
    const open = leads.find((l) => l.stage === 'landed' && !moved.includes(l.id))!;
    await db.query(`UPDATE leads SET stage = 'lost', lost_from_stage = 'landed' WHERE id = $1`, [open.id]);
    const redated = leads.find((l) => l.id !== open.id && l.moves.length === 0)!;
    await db.query(`UPDATE leads SET created_at = '2024-06-30T16:30:00Z' WHERE id = $1`, [redated.id]);
    const gone = leads.find((l) => l.moves.length >= 2 && l.id !== open.id)!;
    await db.query(`DELETE FROM leads WHERE id = $1`, [gone.id]);
    leads = leads
      .filter((l) => l.id !== gone.id)
      .map((l) =>
        l.id === open.id
          ? { ...l, stage: 'lost' as const, lostFromStage: 'landed' as const }
          : l.id === redated.id
            ? { ...l, createdAt: new Date('2024-06-30T16:30:00Z') }
            : l,
      );
    await check();
    // Unrelated columns leave the facts alone (and still right).
    await db.query(`UPDATE leads SET notes = 'x', last_activity_at = now()`);
    await check();
  });

  it('re-dates every lead when the configured zone changes, and keeps the summaries exact', async () => {
    const db = api.app.get(DataSource);
    const wrongDates = async (zone: string) => {
      const [{ n }]: { n: string }[] = await db.query(
        `SELECT count(*) AS n FROM lead_funnel_facts f JOIN leads l ON l.id = f.lead_id
          WHERE f.created_on <> (l.created_at AT TIME ZONE $1)::date`,
        [zone],
      );
      return Number(n);
    };
    // Some leads are created between 16:00 and 24:00 UTC, so the two zones disagree on their dates.
    const [{ n: straddling }]: { n: string }[] = await db.query(
      `SELECT count(*) AS n FROM leads
        WHERE (created_at AT TIME ZONE 'UTC')::date <> (created_at AT TIME ZONE 'Asia/Shanghai')::date`,
    );
    expect(Number(straddling)).toBeGreaterThan(0);
    expect(await wrongDates('Asia/Shanghai')).toBe(0);
    try {
      await db.query(`SELECT lead_funnel_use_zone('UTC')`);
      expect(await wrongDates('UTC')).toBe(0);
      expect(await factsDrift(db)).toBe(0);
    } finally {
      await db.query(`SELECT lead_funnel_use_zone('Asia/Shanghai')`);
    }
    expect(await wrongDates('Asia/Shanghai')).toBe(0);
    expect(await factsDrift(db)).toBe(0);
  });

  it('empties the summaries with the facts on TRUNCATE, and a rebuild restores them', async () => {
    const db = api.app.get(DataSource);
    const count = async () => {
      const [{ n }]: { n: string }[] = await db.query(
        `SELECT (SELECT count(*) FROM lead_funnel_months) + (SELECT count(*) FROM lead_funnel_month_days) AS n`,
      );
      return Number(n);
    };
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await db.query(`TRUNCATE lead_funnel_facts`);
    expect(await count()).toBe(0);
    await db.query(`SELECT lead_funnel_facts_refresh(ARRAY(SELECT id FROM leads))`);
    expect(await count()).toBe(before);
    expect(await factsDrift(db)).toBe(0);
  });
});

/**
 * How many rows differ from a full recomputation: the facts (trigger maintenance must equal recomputing every
 * lead from scratch) and the monthly summaries (their trigger-kept sums must equal a set-based aggregation of
 * the facts, before and after the facts are deleted and rebuilt).
 */
async function factsDrift(db: DataSource): Promise<number> {
  const summaries = async () => {
    const [{ n }]: { n: string }[] = await db.query(
      `WITH fm AS (
         SELECT date_trunc('month', created_on)::date AS month, track, park, reach, lost_ord, count(*)::int AS n,
                sum(planned) AS planned, sum(amount) AS amount
           FROM lead_funnel_facts GROUP BY 1, 2, 3, 4, 5
       ),
       km AS (SELECT month, track, park, reach, lost_ord, n, planned, amount FROM lead_funnel_months),
       fd AS (
         SELECT date_trunc('month', f.created_on)::date AS month, f.track, f.park, v.k::smallint AS k, v.days,
                count(*)::int AS n
           FROM lead_funnel_facts f
          CROSS JOIN LATERAL (VALUES (1, f.d1), (2, f.d2), (3, f.d3), (4, f.d4), (5, f.d5)) AS v (k, days)
          WHERE v.days IS NOT NULL GROUP BY 1, 2, 3, 4, 5
       ),
       kd AS (SELECT month, track, park, k, days, n FROM lead_funnel_month_days)
       SELECT (SELECT count(*) FROM ((SELECT * FROM fm EXCEPT ALL SELECT * FROM km)
                                     UNION ALL (SELECT * FROM km EXCEPT ALL SELECT * FROM fm)) a)
            + (SELECT count(*) FROM ((SELECT * FROM fd EXCEPT ALL SELECT * FROM kd)
                                     UNION ALL (SELECT * FROM kd EXCEPT ALL SELECT * FROM fd)) b) AS n`,
    );
    return Number(n);
  };
  const before = await summaries();
  await db.query(
    `CREATE TEMP TABLE IF NOT EXISTS facts_before AS SELECT * FROM lead_funnel_facts WITH NO DATA`,
  );
  await db.query(`DELETE FROM facts_before`);
  await db.query(`INSERT INTO facts_before SELECT * FROM lead_funnel_facts`);
  await db.query(`DELETE FROM lead_funnel_facts`);
  const emptied: { n: string }[] = await db.query(
    `SELECT (SELECT count(*) FROM lead_funnel_months) + (SELECT count(*) FROM lead_funnel_month_days) AS n`,
  );
  await db.query(`SELECT lead_funnel_facts_refresh(ARRAY(SELECT id FROM leads))`);
  const [{ n }]: { n: string }[] = await db.query(
    `SELECT count(*) AS n FROM (
       (SELECT * FROM facts_before EXCEPT ALL SELECT * FROM lead_funnel_facts)
       UNION ALL (SELECT * FROM lead_funnel_facts EXCEPT ALL SELECT * FROM facts_before)) d`,
  );
  return before + Number(emptied[0].n) + Number(n) + (await summaries());
}
