import { Client } from 'pg';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { OpenApiContract } from '../support/openapi-contract';
import { dateInZone, daysBetween } from '@luodi/core';
import { PROBLEM_CATEGORIES } from '@luodi/problems';
import { leadsApi } from '../leads/lead-fixtures';
import { problemsApi } from './problem-fixtures';

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
  };
}

const ZONE = 'Asia/Shanghai';
const zoneDate = (d: Date | null) => (d ? dateInZone(d, ZONE) : null);
const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = (s.length - 1) / 2;
  return (s[Math.floor(m)] + s[Math.ceil(m)]) / 2;
};

interface GenProblem {
  leadId: string;
  category: string;
  departmentId: string;
  createdAt: Date;
  resolvedAt: Date | null;
  dueDate: string;
}
interface GenOrder {
  createdAt: Date;
  dueDate: string;
  status: string;
  assignees: { userId: string; acknowledgedAt: Date | null }[];
  doneReports: Date[];
}

/**
 * The problem and 督办 reports against an independent computation (TypeScript, zone dates by Intl) over a few
 * hundred generated problems and orders with random instants around day boundaries.
 */
describe('reports: problems by category and department, 督办 by assignee', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let db: Client;
  let p: ReturnType<typeof problemsApi>;
  const clock = new MutableClock(new Date('2024-09-15T04:00:00Z'));
  const today = '2024-09-15';
  const problems: GenProblem[] = [];
  const orders: GenOrder[] = [];
  let leadTracks: Map<string, { track: string; park: string | null }>;
  let departments: { id: string; name: string }[];
  let people: { id: string; name: string }[];
  let staffToken: string;

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    db = new Client({ connectionString: env.config.databaseUrl });
    await db.connect();
    p = problemsApi(api, new OpenApiContract((await api.http().get('/api/docs-json')).body));
    const r = rng(20240915);
    const owner = await createUser(api, 'staff');
    staffToken = owner.token;
    const boss = await createUser(api, 'supervisor');
    people = [];
    for (const name of ['li-qiang', 'zhao-min', 'wang-fang'])
      people.push({ id: (await createUser(api, 'staff', name)).id, name });
    departments = [];
    for (const name of ['区自然资源局', '国网供电公司', '区行政审批局'])
      departments.push({ id: (await p.department(api.adminToken, name)).body.id, name });
    leadTracks = new Map();
    const tracks = ['equipment', 'new_energy', 'new_materials'];
    const parks = ['yangqu', 'tanghuai', null];
    for (let i = 0; i < 8; i++) {
      const track = tracks[i % 3];
      const park = parks[i % 3];
      const lead = (await leadsApi(api).create(owner.token, { track, ...(park ? { park } : {}) })).body;
      leadTracks.set(lead.id, { track, park });
    }
    const leadIds = [...leadTracks.keys()];
    // Instants from 2024-05-01 to 2024-09-15 at any hour, so zone dates differ from UTC dates.
    const instant = (fromMs: number, toMs: number) =>
      new Date(fromMs + Math.floor(r.next() * (toMs - fromMs)));
    const start = Date.parse('2024-05-01T00:00:00Z');
    const end = Date.parse('2024-09-15T03:59:00Z');
    for (let i = 0; i < 300; i++) {
      const createdAt = instant(start, end);
      const resolvedAt = r.next() < 0.55 ? instant(createdAt.getTime(), end) : null;
      const dueDate = dateInZone(new Date(createdAt.getTime() + (r.int(40) - 5) * 86_400_000), ZONE);
      problems.push({
        leadId: r.pick(leadIds),
        category: r.pick(PROBLEM_CATEGORIES),
        departmentId: r.pick(departments).id,
        createdAt,
        resolvedAt,
        dueDate,
      });
    }
    await db.query(
      `INSERT INTO problems (lead_id, category, description, department_id, due_date, status, resolution, resolved_at,
         created_by, created_at, updated_at)
       SELECT l, c, '生成的问题', d, due, CASE WHEN ra IS NULL THEN 'in_progress' ELSE 'resolved' END,
              CASE WHEN ra IS NULL THEN NULL ELSE '已办结' END, ra, $7, ca, ca
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::date[], $5::timestamptz[], $6::timestamptz[])
         AS x(l, c, d, due, ca, ra)`,
      [
        problems.map((x) => x.leadId),
        problems.map((x) => x.category),
        problems.map((x) => x.departmentId),
        problems.map((x) => x.dueDate),
        problems.map((x) => x.createdAt),
        problems.map((x) => x.resolvedAt),
        owner.id,
      ],
    );
    for (let i = 0; i < 120; i++) {
      const createdAt = instant(start, end);
      const dueDate = dateInZone(new Date(createdAt.getTime() + (r.int(30) + 1) * 86_400_000), ZONE);
      const status = r.pick(['issued', 'acknowledged', 'reported', 'closed', 'returned']);
      const chosen = people.filter(() => r.next() < 0.5);
      const assignees = (chosen.length ? chosen : [people[0]]).map((u) => ({
        userId: u.id,
        acknowledgedAt: status === 'issued' && r.next() < 0.5 ? null : instant(createdAt.getTime(), end),
      }));
      const doneReports =
        status === 'reported' || status === 'closed' || status === 'returned'
          ? Array.from({ length: 1 + r.int(2) }, () => instant(createdAt.getTime(), end))
          : [];
      orders.push({ createdAt, dueDate, status, assignees, doneReports });
      const id = (
        await db.query(
          `INSERT INTO supervision_orders (lead_id, instruction, issued_by, due_date, status, created_at, updated_at)
           VALUES ($1, '生成的督办', $2, $3, $4, $5, $5) RETURNING id`,
          [r.pick(leadIds), boss.id, dueDate, status, createdAt],
        )
      ).rows[0].id;
      for (const [n, a] of assignees.entries())
        await db.query(
          `INSERT INTO supervision_assignees (order_id, user_id, position, acknowledged_at) VALUES ($1, $2, $3, $4)`,
          [id, a.userId, n + 1, a.acknowledgedAt],
        );
      for (const at of doneReports)
        await db.query(
          `INSERT INTO supervision_reports (order_id, by_user_id, text, done, at) VALUES ($1, $2, '完成', true, $3)`,
          [id, assignees[0].userId, at],
        );
    }
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env?.dropDatabase();
  });

  function expectedProblems(from: string, to: string, keep: (x: GenProblem) => boolean) {
    const asOf = to < today ? to : today;
    const figures = (xs: GenProblem[]) => {
      const opened = xs.filter((x) => zoneDate(x.createdAt)! >= from && zoneDate(x.createdAt)! <= to);
      const resolved = xs.filter((x) => {
        const d = zoneDate(x.resolvedAt);
        return d !== null && d >= from && d <= to;
      });
      const open = xs.filter((x) => {
        const r = zoneDate(x.resolvedAt);
        return zoneDate(x.createdAt)! <= asOf && (r === null || r > asOf);
      });
      return {
        opened: opened.length,
        resolved: resolved.length,
        open: open.length,
        overdue: open.filter((x) => x.dueDate < asOf).length,
        medianDaysToResolve: median(
          resolved.map((x) => daysBetween(zoneDate(x.createdAt)!, zoneDate(x.resolvedAt)!)),
        ),
      };
    };
    const xs = problems.filter(keep);
    return {
      from,
      to,
      asOf,
      total: figures(xs),
      byCategory: PROBLEM_CATEGORIES.map((c) => ({
        category: c,
        ...figures(xs.filter((x) => x.category === c)),
      })),
      byDepartment: [...departments]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((d) => ({
          departmentId: d.id,
          name: d.name,
          ...figures(xs.filter((x) => x.departmentId === d.id)),
        })),
    };
  }

  it('problems: every period and filter equals the independent computation', async () => {
    const cases: [string, string, string, (x: GenProblem) => boolean][] = [
      ['2024-05-01', '2024-09-30', '', () => true],
      ['2024-06-01', '2024-06-30', '', () => true],
      [
        '2024-07-15',
        '2024-08-14',
        '&track=new_energy',
        (x) => leadTracks.get(x.leadId)!.track === 'new_energy',
      ],
      ['2024-05-01', '2024-12-31', '&park=yangqu', (x) => leadTracks.get(x.leadId)!.park === 'yangqu'],
      ['2024-09-15', '2024-09-15', '', () => true],
    ];
    for (const [from, to, filter, keep] of cases) {
      const res = await p.call(
        'get',
        '/reports/problems',
        `/reports/problems?from=${from}&to=${to}${filter}`,
        api.adminToken,
        undefined,
        200,
      );
      const expected = expectedProblems(from, to, keep);
      const { byCategory, ...rest } = res.body;
      expect({
        ...rest,
        byCategory: byCategory.map(({ nameZh: _n, ...c }: { nameZh: string }) => c),
      }).toEqual(expected);
    }
    const sample = await p.call(
      'get',
      '/reports/problems',
      '/reports/problems?from=2024-05-01&to=2024-09-30',
      api.adminToken,
      undefined,
      200,
    );
    expect(sample.body.total.opened).toBe(300);
    // The generated data exercises every figure (none trivially zero).
    expect(sample.body.total.resolved).toBeGreaterThan(100);
    expect(sample.body.total.open).toBeGreaterThan(50);
    expect(sample.body.total.overdue).toBeGreaterThan(10);
    expect(sample.body.total.medianDaysToResolve).toBeGreaterThan(0);
    expect(sample.body.byCategory[0]).toMatchObject({ category: 'land', nameZh: '用地' });
  });

  it('supervisions: by assignee equals the independent computation', async () => {
    for (const [from, to] of [
      ['2024-05-01', '2024-09-30'],
      ['2024-06-10', '2024-07-20'],
    ]) {
      const res = await p.call(
        'get',
        '/reports/supervisions',
        `/reports/supervisions?from=${from}&to=${to}`,
        api.adminToken,
        undefined,
        200,
      );
      const inPeriod = orders.filter((o) => zoneDate(o.createdAt)! >= from && zoneDate(o.createdAt)! <= to);
      const figures = (userId: string | null) => {
        const pairs = inPeriod.flatMap((o) =>
          o.assignees.filter((a) => userId === null || a.userId === userId).map((a) => ({ o, a })),
        );
        return {
          issued: pairs.length,
          acknowledgedOnTime: pairs.filter(
            ({ o, a }) => a.acknowledgedAt && zoneDate(a.acknowledgedAt)! <= o.dueDate,
          ).length,
          doneOnTime: pairs.filter(
            ({ o }) =>
              (o.status === 'reported' || o.status === 'closed') &&
              zoneDate(new Date(Math.max(...o.doneReports.map((d) => d.getTime()))))! <= o.dueDate,
          ).length,
          overdue: pairs.filter(({ o }) => !['reported', 'closed'].includes(o.status) && o.dueDate < today)
            .length,
        };
      };
      const expected = people
        .map((u) => ({ userId: u.id, name: u.name, ...figures(u.id) }))
        .filter((x) => x.issued > 0)
        .sort((a, b) => (a.name < b.name ? -1 : 1));
      expect(res.body).toEqual({ from, to, total: figures(null), byAssignee: expected });
      const t = res.body.total;
      expect([t.acknowledgedOnTime, t.doneOnTime, t.overdue].every((n: number) => n > 0)).toBe(true);
    }
  });

  it('refuses staff, a reversed period and bad filters', async () => {
    await p.call(
      'get',
      '/reports/problems',
      '/reports/problems?from=2024-01-01&to=2024-12-31',
      staffToken,
      undefined,
      403,
    );
    await p.call(
      'get',
      '/reports/supervisions',
      '/reports/supervisions?from=2024-01-01&to=2024-12-31',
      staffToken,
      undefined,
      403,
    );
    await p.call(
      'get',
      '/reports/problems',
      '/reports/problems?from=2024-12-31&to=2024-01-01',
      api.adminToken,
      undefined,
      400,
    );
    await p.call(
      'get',
      '/reports/problems',
      '/reports/problems?from=2024-01-01',
      api.adminToken,
      undefined,
      400,
    );
    await p.call(
      'get',
      '/reports/problems',
      '/reports/problems?from=2024-01-01&to=2024-12-31&track=ships',
      api.adminToken,
      undefined,
      400,
    );
    await p.call(
      'get',
      '/reports/supervisions',
      '/reports/supervisions?from=2024-02-30&to=2024-12-31',
      api.adminToken,
      undefined,
      400,
    );
    await p.call(
      'get',
      '/reports/supervisions',
      '/reports/supervisions?from=2024-01-01&to=2024-12-31',
      null,
      undefined,
      401,
    );
  });
});
