import { DataSource } from 'typeorm';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { leadsApi } from '../leads/lead-fixtures';

type Colour = 'red' | 'yellow' | 'green';
const DAY = 86_400_000;
const NOW = new Date('2024-06-03T02:00:00Z'); // 10:00 in Shanghai: today is 2024-06-03
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
const date = (days: number) => new Date(Date.UTC(2024, 5, 3 + days)).toISOString().slice(0, 10);

/** One lead placed around a threshold (default settings: deadline soon 7 days, quiet 30 days, problem 14 days). */
interface Case {
  name: string;
  deadline?: string | null;
  createdAt?: string;
  lastActivityAt?: string | null;
  problem?: { due: string; createdAt: string; resolved?: boolean };
  order?: { due: string; status: 'issued' | 'acknowledged' | 'returned' | 'reported' | 'closed' };
  expected: Colour;
}

const CASES: Case[] = [
  { name: 'nothing due, recent activity', expected: 'green' },
  { name: 'no stage deadline', deadline: null, expected: 'green' },
  { name: 'deadline yesterday', deadline: date(-1), expected: 'red' },
  { name: 'deadline today', deadline: date(0), expected: 'yellow' },
  { name: 'deadline in 7 days', deadline: date(7), expected: 'yellow' },
  { name: 'deadline in 8 days', deadline: date(8), expected: 'green' },
  {
    name: 'no activity, created 30 days ago',
    lastActivityAt: null,
    createdAt: at(-30 * DAY),
    expected: 'green',
  },
  {
    name: 'no activity, created 30 days and 1 ms ago',
    lastActivityAt: null,
    createdAt: at(-30 * DAY - 1),
    expected: 'yellow',
  },
  {
    name: 'activity 30 days ago',
    createdAt: at(-40 * DAY),
    lastActivityAt: at(-30 * DAY),
    expected: 'green',
  },
  {
    name: 'activity 30 days and 1 ms ago',
    createdAt: at(-40 * DAY),
    lastActivityAt: at(-30 * DAY - 1),
    expected: 'yellow',
  },
  { name: 'quiet and no deadline', deadline: null, lastActivityAt: at(-31 * DAY), expected: 'yellow' },
  { name: 'problem due yesterday', problem: { due: date(-1), createdAt: at(-DAY) }, expected: 'red' },
  { name: 'problem due today', problem: { due: date(0), createdAt: at(-DAY) }, expected: 'green' },
  { name: 'problem open 14 days', problem: { due: date(5), createdAt: at(-14 * DAY) }, expected: 'green' },
  {
    name: 'problem open 14 days and 1 ms',
    problem: { due: date(5), createdAt: at(-14 * DAY - 1) },
    expected: 'yellow',
  },
  {
    name: 'resolved problem, overdue and old',
    problem: { due: date(-1), createdAt: at(-20 * DAY), resolved: true },
    expected: 'green',
  },
  { name: '督办 due yesterday', order: { due: date(-1), status: 'issued' }, expected: 'red' },
  { name: '督办 returned, due yesterday', order: { due: date(-1), status: 'returned' }, expected: 'red' },
  { name: '督办 reported, due yesterday', order: { due: date(-1), status: 'reported' }, expected: 'green' },
  { name: '督办 closed, due yesterday', order: { due: date(-1), status: 'closed' }, expected: 'green' },
  { name: '督办 due today', order: { due: date(0), status: 'acknowledged' }, expected: 'green' },
  {
    name: 'deadline soon and problem overdue',
    deadline: date(3),
    problem: { due: date(-1), createdAt: at(-DAY) },
    expected: 'red',
  },
  // Red both by its deadline and by a problem and a 督办 (counted once), and red by a 督办 with no deadline: the
  // counts add red as two disjoint parts (deadline past; else an overdue problem or 督办).
  {
    name: 'deadline yesterday, problem and 督办 overdue',
    deadline: date(-1),
    problem: { due: date(-2), createdAt: at(-DAY) },
    order: { due: date(-1), status: 'issued' },
    expected: 'red',
  },
  {
    name: 'no deadline, 督办 due yesterday',
    deadline: null,
    order: { due: date(-1), status: 'issued' },
    expected: 'red',
  },
];

/**
 * The list's `warning` filters (green written in positive form for its index) against the rule: for leads placed
 * on both sides of every threshold, the red, yellow and green lists partition the open leads, each lead in the
 * list of the colour its detail shows, a closed lead in none, the counts equal to the lists; also after the
 * thresholds change.
 */
describe('lead warning: the colour filters partition the open leads around every threshold', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let leads: ReturnType<typeof leadsApi>;
  let owner: { id: string; token: string };
  const ids = new Map<string, string>();
  let lostId: string;
  const clock = new MutableClock(NOW);

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    leads = leadsApi(api);
    owner = await createUser(api, 'staff');
    const db = api.app.get(DataSource);
    const department = await api
      .http()
      .post('/api/v1/departments')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({ name: '区发展改革局' });
    expect(department.status).toBe(201);
    for (const c of CASES) {
      const created = await leads.create(owner.token);
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      ids.set(c.name, id);
      await db.query(
        `UPDATE leads SET stage_deadline = $2::date, created_at = $3::timestamptz, last_activity_at = $4::timestamptz
         WHERE id = $1`,
        [
          id,
          c.deadline === undefined ? date(30) : c.deadline,
          c.createdAt ?? at(-10 * DAY),
          c.lastActivityAt === undefined ? at(-DAY) : c.lastActivityAt,
        ],
      );
      if (c.problem)
        await db.query(
          `INSERT INTO problems (lead_id, category, description, department_id, due_date, status, resolution,
             resolved_at, created_by, created_at)
           VALUES ($1, 'land', '用地指标未落实', $2, $3::date, $4, $5, $6::timestamptz, $7, $8::timestamptz)`,
          [
            id,
            department.body.id,
            c.problem.due,
            c.problem.resolved ? 'resolved' : 'open',
            c.problem.resolved ? '已落实' : null,
            c.problem.resolved ? at(-DAY) : null,
            owner.id,
            c.problem.createdAt,
          ],
        );
      if (c.order)
        await db.query(
          `INSERT INTO supervision_orders (lead_id, instruction, issued_by, due_date, status)
           VALUES ($1, '请加快推进', $2, $3::date, $4)`,
          [id, owner.id, c.order.due, c.order.status],
        );
    }
    const lost = (await leads.create(owner.token)).body;
    lostId = lost.id;
    const moved = await leads.move(owner.token, lostId, {
      to: 'lost',
      reason: '企业放弃',
      version: lost.version,
    });
    expect(moved.status).toBe(200);
    await db.query(
      `UPDATE leads SET stage_deadline = $2::date, last_activity_at = $3::timestamptz WHERE id = $1`,
      [lostId, date(30), at(-DAY)],
    );
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  /** Each lead's colour by its detail, checked against the three lists and the counts; returns the colours. */
  async function partition(): Promise<Map<string, Colour>> {
    const detail = new Map<string, Colour | null>();
    for (const id of [...ids.values(), lostId]) {
      const lead = await leads.get(owner.token, id);
      expect(lead.status).toBe(200);
      detail.set(id, lead.body.warning as Colour | null);
    }
    expect(detail.get(lostId)).toBeNull();
    const listed = new Map<string, Colour[]>();
    for (const colour of ['red', 'yellow', 'green'] as const) {
      const list = await leads.list(owner.token, `?warning=${colour}&ownerId=me&limit=200`);
      expect(list.status).toBe(200);
      expect(list.body.nextCursor).toBeNull();
      for (const { id } of list.body.items as { id: string }[])
        listed.set(id, [...(listed.get(id) ?? []), colour]);
      const counts = await leads.call('get', `/leads/counts?warning=${colour}&ownerId=me`, owner.token);
      expect([colour, counts.body.total, counts.body[colour]]).toEqual([
        colour,
        list.body.items.length,
        list.body.items.length,
      ]);
    }
    // Every open lead in exactly the list of its own colour; the lost one in none.
    const byName = new Map<string, Colour>();
    for (const [name, id] of ids) {
      expect([name, listed.get(id)]).toEqual([name, [detail.get(id)]]);
      byName.set(name, detail.get(id)!);
    }
    expect(listed.has(lostId)).toBe(false);
    const all = await leads.call('get', '/leads/counts?ownerId=me', owner.token);
    // The counts without a colour filter, colour by colour, equal the lists.
    for (const colour of ['red', 'yellow', 'green'] as const)
      expect([colour, all.body[colour]]).toEqual([
        colour,
        [...listed.values()].filter((c) => c[0] === colour).length,
      ]);
    expect(all.body.red + all.body.yellow + all.body.green).toBe(ids.size);
    expect(all.body.total).toBe(ids.size + 1);
    return byName;
  }

  it('puts each lead on the side of each threshold the rule says, lists and counts agreeing', async () => {
    const colours = await partition();
    expect(Object.fromEntries(colours)).toEqual(Object.fromEntries(CASES.map((c) => [c.name, c.expected])));
  });

  it('follows the thresholds when the settings change', async () => {
    const put = (body: object) =>
      api.http().put('/api/v1/settings/warning').set('Authorization', `Bearer ${api.adminToken}`).send(body);
    expect((await put({ deadlineSoonDays: 0, noActivityDays: 31, problemAgingDays: 20 })).status).toBe(200);
    const colours = await partition();
    expect(colours.get('deadline today')).toBe('yellow');
    expect(colours.get('deadline in 7 days')).toBe('green');
    expect(colours.get('activity 30 days and 1 ms ago')).toBe('green');
    expect(colours.get('quiet and no deadline')).toBe('green'); // quiet 31 days: not longer than 31
    expect(colours.get('problem open 14 days and 1 ms')).toBe('green');
    expect((await put({ deadlineSoonDays: 8, noActivityDays: 1, problemAgingDays: 1 })).status).toBe(200);
    const strict = await partition();
    expect(strict.get('deadline in 8 days')).toBe('yellow');
    expect(strict.get('nothing due, recent activity')).toBe('green');
    expect(strict.get('deadline in 7 days')).toBe('yellow');
    expect(strict.get('problem open 14 days')).toBe('yellow');
  });
});
