import { Client } from 'pg';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { OpenApiContract } from '../support/openapi-contract';
import { leadsApi } from '../leads/lead-fixtures';
import { problemsApi, UNKNOWN_ID } from './problem-fixtures';

type U = { id: string; token: string };

describe('督办: issue, acknowledge, report, return, close; permissions and concurrency', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let db: Client;
  let p: ReturnType<typeof problemsApi>;
  let owner: U, a: U, b: U, outsider: U, boss: U, otherBoss: U;
  let admin: string;
  let leadId: string;
  let problemId: string;
  const clock = new MutableClock(new Date('2024-06-03T02:00:00Z'));

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    db = new Client({ connectionString: env.config.databaseUrl });
    await db.connect();
    p = problemsApi(api, new OpenApiContract((await api.http().get('/api/docs-json')).body));
    [owner, a, b, outsider, boss, otherBoss] = await Promise.all([
      createUser(api, 'staff'),
      createUser(api, 'staff'),
      createUser(api, 'staff'),
      createUser(api, 'staff'),
      createUser(api, 'supervisor'),
      createUser(api, 'supervisor'),
    ]);
    admin = api.adminToken;
    leadId = (await leadsApi(api).create(owner.token)).body.id;
    const departmentId = (await p.department(admin, '国网供电公司')).body.id;
    problemId = (
      await p.raise(owner.token, leadId, {
        category: 'power',
        description: '用电增容未批复',
        departmentId,
        dueDate: '2024-06-30',
      })
    ).body.id;
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env?.dropDatabase();
  });
  const orderBody = (over: object = {}) => ({
    leadId,
    problemId,
    instruction: '请于月底前协调解决项目用电增容问题',
    assigneeIds: [a.id, b.id],
    dueDate: '2024-06-20',
    ...over,
  });
  const rows = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows;

  it('is issued by supervisors and admins only, to active users, with a due date not past', async () => {
    const before = (await rows('SELECT count(*)::int AS n FROM supervision_orders', []))[0].n;
    await p.issue(owner.token, orderBody(), 403);
    await p.issue(a.token, orderBody(), 403);
    await p.call('post', '/supervisions', '/supervisions', null, orderBody(), 401);
    await p.issue(boss.token, orderBody({ leadId: UNKNOWN_ID, problemId: null }), 404);
    const bad = await p.issue(
      boss.token,
      orderBody({ assigneeIds: [a.id, a.id, UNKNOWN_ID], dueDate: '2024-06-02' }),
      400,
    );
    expect(bad.body.errors).toEqual([
      { field: 'assigneeIds', message: '承办人不能重复' },
      { field: 'assigneeIds[2]', message: '没有这个启用的用户' },
      { field: 'dueDate', message: '办理时限不能早于今天' },
    ]);
    await p.issue(boss.token, orderBody({ assigneeIds: [] }), 400);
    await p.issue(boss.token, orderBody({ assigneeIds: ['nope'] }), 400);
    await p.issue(boss.token, orderBody({ instruction: '' }), 400);
    await p.issue(boss.token, orderBody({ urgent: true }), 400);
    const otherLead = (await leadsApi(api).create(owner.token)).body.id;
    const wrong = await p.issue(boss.token, orderBody({ leadId: otherLead }), 400);
    expect(wrong.body.errors).toEqual([{ field: 'problemId', message: '该问题不属于这个项目' }]);
    await p.issue(boss.token, orderBody({ problemId: UNKNOWN_ID }), 400);
    expect((await rows('SELECT count(*)::int AS n FROM supervision_orders', []))[0].n).toBe(before);
    const byAdmin = await p.issue(admin, orderBody({ problemId: null, assigneeIds: [outsider.id] }));
    expect(byAdmin.body).toMatchObject({ status: 'issued', problemId: null, overdue: false, version: 1 });
  });

  it('walks issue → 签收 → 反馈 → 完成 → 退回 → 完成 → 办结, each step once, with history and audit', async () => {
    const order = (await p.issue(boss.token, orderBody())).body;
    expect(order).toMatchObject({
      leadId,
      problemId,
      issuedBy: boss.id,
      assignees: [
        { userId: a.id, acknowledgedAt: null },
        { userId: b.id, acknowledgedAt: null },
      ],
      dueDate: '2024-06-20',
      status: 'issued',
      reports: [],
      closedAt: null,
      returnReason: null,
      version: 1,
    });
    await p.act(outsider.token, order.id, 'acknowledge', {}, 403);
    await p.act(boss.token, order.id, 'acknowledge', {}, 403);
    const first = await p.act(a.token, order.id, 'acknowledge', {});
    expect(first.body.status).toBe('issued');
    expect(first.body.assignees[0].acknowledgedAt).toBe('2024-06-03T02:00:00.000Z');
    await p.act(a.token, order.id, 'acknowledge', {}, 422);
    await p.report(b.token, order.id, { text: '还没签收就反馈' }, 422);
    await p.act(b.token, order.id, 'acknowledge', { version: 1 }, 409);
    await p.act(b.token, order.id, 'acknowledge', { version: 'x' }, 400);
    const both = await p.act(b.token, order.id, 'acknowledge', {});
    expect(both.body).toMatchObject({ status: 'acknowledged', version: 3 });

    await p.act(boss.token, order.id, 'close', {}, 422); // not reported done yet
    const progress = await p.report(a.token, order.id, { text: '已对接供电公司' });
    expect(progress.body).toMatchObject({
      status: 'acknowledged',
      reports: [{ byUserId: a.id, done: false }],
    });
    await p.report(outsider.token, order.id, { text: '我也说两句' }, 403);
    await p.report(a.token, order.id, { text: '' }, 400);
    await p.report(a.token, order.id, { text: '完成', done: 'yes' }, 400);
    clock.set('2024-06-10T02:00:00Z');
    const done = await p.report(b.token, order.id, { text: '增容方案已批复', done: true });
    expect(done.body.status).toBe('reported');
    await p.report(a.token, order.id, { text: '再补充一点' }, 422);

    await p.act(otherBoss.token, order.id, 'close', {}, 403);
    await p.act(a.token, order.id, 'close', {}, 403);
    await p.act(otherBoss.token, order.id, 'return', { reason: '不行' }, 403);
    await p.act(boss.token, order.id, 'return', {}, 400);
    await p.act(boss.token, order.id, 'return', { reason: '  ' }, 400);
    const returned = await p.act(boss.token, order.id, 'return', { reason: '尚未通电，请继续跟进' });
    expect(returned.body).toMatchObject({ status: 'returned', returnReason: '尚未通电，请继续跟进' });
    await p.act(boss.token, order.id, 'close', {}, 422);
    await p.act(boss.token, order.id, 'return', { reason: '再退' }, 422);
    await p.report(a.token, order.id, { text: '正在施工' });
    const again = await p.report(a.token, order.id, { text: '已通电', done: true });
    expect(again.body.status).toBe('reported');
    const closed = await p.act(boss.token, order.id, 'close', {});
    expect(closed.body).toMatchObject({
      status: 'closed',
      closedAt: '2024-06-10T02:00:00.000Z',
      overdue: false,
    });
    await p.act(boss.token, order.id, 'close', {}, 422);
    await p.report(a.token, order.id, { text: '办结后' }, 422);
    clock.set('2024-06-03T02:00:00Z');

    expect(closed.body.reports.map((r: { text: string; done: boolean }) => [r.text, r.done])).toEqual([
      ['已对接供电公司', false],
      ['增容方案已批复', true],
      ['正在施工', false],
      ['已通电', true],
    ]);
    const history = await p.call(
      'get',
      '/supervisions/{id}/history',
      `/supervisions/${order.id}/history`,
      outsider.token,
      undefined,
      200,
    );
    expect(history.body.map((h: { from: string | null; to: string }) => `${h.from}→${h.to}`)).toEqual([
      'null→issued',
      'issued→issued',
      'issued→acknowledged',
      'acknowledged→acknowledged',
      'acknowledged→reported',
      'reported→returned',
      'returned→returned',
      'returned→reported',
      'reported→closed',
    ]);
    const audit = await rows(
      `SELECT action, user_id FROM problem_supervision_audit WHERE entity_id = $1 ORDER BY id`,
      [order.id],
    );
    expect(audit.map((r: { action: string }) => r.action)).toEqual([
      'issue',
      'acknowledge',
      'acknowledge',
      'report',
      'report',
      'return',
      'report',
      'report',
      'close',
    ]);
    const version = (await rows('SELECT version FROM supervision_orders WHERE id = $1', [order.id]))[0]
      .version;
    expect(version).toBe(9);
    await p.call(
      'get',
      '/supervisions/{id}/history',
      `/supervisions/${UNKNOWN_ID}/history`,
      a.token,
      undefined,
      404,
    );
    await p.call('get', '/supervisions/{id}', `/supervisions/${order.id}`, outsider.token, undefined, 200);
    await p.call('get', '/supervisions/{id}', `/supervisions/${UNKNOWN_ID}`, outsider.token, undefined, 404);
    await p.call('get', '/supervisions/{id}', '/supervisions/nope', outsider.token, undefined, 400);
    await p.act(a.token, UNKNOWN_ID, 'acknowledge', {}, 404);
  });

  it('lets an admin close, and exactly one of two concurrent closes (or close and return) through', async () => {
    const reported = async () => {
      const order = (await p.issue(boss.token, orderBody({ assigneeIds: [a.id] }))).body;
      await p.act(a.token, order.id, 'acknowledge', {});
      const done = await p.report(a.token, order.id, { text: '完成', done: true });
      return { id: order.id as string, version: done.body.version as number };
    };
    const byAdmin = await reported();
    expect((await p.act(admin, byAdmin.id, 'close', {})).body.status).toBe('closed');
    for (const second of ['close', 'return'] as const) {
      const { id, version } = await reported();
      const send = (action: string, body: object) =>
        api
          .http()
          .post(`/api/v1/supervisions/${id}/${action}`)
          .set('Authorization', `Bearer ${boss.token}`)
          .send({ version, ...body });
      const answers = await Promise.all([
        send('close', {}),
        send(second, second === 'return' ? { reason: '退回' } : {}),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(answers.find((r) => r.status === 409)!.body.code).toBe('VERSION_CONFLICT');
      const history = await rows(
        `SELECT count(*)::int AS n FROM problem_supervision_history WHERE entity_id = $1 AND from_status = 'reported'`,
        [id],
      );
      expect(history[0].n).toBe(1);
    }
    // Without a version, a close after the order was closed is refused by the rules.
    const { id } = await reported();
    await p.act(boss.token, id, 'close', {});
    await p.act(boss.token, id, 'close', {}, 422);
  });

  it('lists orders by assignee (me), issuer (me), status, lead, problem and overdue', async () => {
    const mine = (await p.orders(a.token, '?assigneeId=me&limit=200')).body.items;
    expect(mine.length).toBeGreaterThan(0);
    expect(
      mine.every((o: { assignees: { userId: string }[] }) => o.assignees.some((x) => x.userId === a.id)),
    ).toBe(true);
    const issued = (await p.orders(boss.token, '?issuedBy=me&limit=200')).body.items;
    expect(issued.every((o: { issuedBy: string }) => o.issuedBy === boss.id)).toBe(true);
    expect((await p.orders(otherBoss.token, '?issuedBy=me')).body.items).toHaveLength(0);
    const closed = (await p.orders(a.token, '?status=closed&limit=200')).body.items;
    expect(closed.length).toBe(
      (await rows(`SELECT count(*)::int AS n FROM supervision_orders WHERE status = 'closed'`, []))[0].n,
    );
    expect(closed.length).toBeGreaterThanOrEqual(4);
    expect((await p.orders(a.token, `?problemId=${problemId}&limit=200`)).body.items.length).toBeGreaterThan(
      0,
    );
    const all = (await p.orders(a.token, `?leadId=${leadId}&limit=200`)).body.items;
    const open = all.filter((o: { status: string }) => !['reported', 'closed'].includes(o.status));
    expect((await p.orders(a.token, '?overdue=true')).body.items).toHaveLength(0);
    clock.set('2024-06-21T02:00:00Z'); // the day after the due date
    const overdue = (await p.orders(a.token, `?overdue=true&leadId=${leadId}&limit=200`)).body.items;
    expect(overdue.map((o: { id: string }) => o.id).sort()).toEqual(
      open.map((o: { id: string }) => o.id).sort(),
    );
    expect(overdue.every((o: { overdue: boolean }) => o.overdue)).toBe(true);
    clock.set('2024-06-03T02:00:00Z');
    let cursor: string | null = null;
    const seen: string[] = [];
    do {
      const page = await p.orders(a.token, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((o: { id: string }) => o.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe((await p.orders(a.token, '?limit=200')).body.items.length);
    await p.orders(a.token, '?status=done', 400);
    await p.orders(a.token, '?issuedBy=boss', 400);
    await p.orders(a.token, '?cursor=%%%', 400);
    await p.call('get', '/supervisions', '/supervisions', null, undefined, 401);
  });
});
