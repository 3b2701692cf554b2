import { Client } from 'pg';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { OpenApiContract } from '../support/openapi-contract';
import { leadsApi } from '../leads/lead-fixtures';
import { problemsApi, UNKNOWN_ID } from './problem-fixtures';

type U = { id: string; token: string };

describe('问题台账: departments, problems, 反馈, permissions', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let db: Client;
  let p: ReturnType<typeof problemsApi>;
  let owner: U, other: U, assignee: U, supervisor: U;
  let admin: string;
  let leadId: string;
  let departmentId: string;
  const clock = new MutableClock(new Date('2024-06-03T02:00:00Z')); // 2024-06-03 in Asia/Shanghai

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    db = new Client({ connectionString: env.config.databaseUrl });
    await db.connect();
    p = problemsApi(api, new OpenApiContract((await api.http().get('/api/docs-json')).body));
    [owner, other, assignee, supervisor] = await Promise.all([
      createUser(api, 'staff'),
      createUser(api, 'staff'),
      createUser(api, 'staff'),
      createUser(api, 'supervisor'),
    ]);
    admin = api.adminToken;
    leadId = (await leadsApi(api).create(owner.token)).body.id;
    departmentId = (await p.department(admin, '区自然资源局')).body.id;
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env?.dropDatabase();
  });
  const count = async (table: string) =>
    Number((await db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  const problemBody = (over: object = {}) => ({
    category: 'land',
    description: '  项目用地指标尚未落实，影响开工  ',
    departmentId,
    assigneeId: assignee.id,
    dueDate: '2024-06-20',
    ...over,
  });

  it('keeps the 责任单位 list: admins add, rename and deactivate; everyone reads', async () => {
    const power = (await p.department(admin, ' 国网供电公司 ')).body;
    expect(power).toMatchObject({ name: '国网供电公司', active: true });
    await p.department(supervisor.token, '区住建局', 403);
    await p.department(owner.token, '区住建局', 403);
    const taken = await p.department(admin, '国网供电公司', 400);
    expect(taken.body.errors).toEqual([{ field: 'name', message: '已有同名的责任单位' }]);
    await p.department(admin, '   ', 400);
    await p.call('post', '/departments', '/departments', null, { name: '区住建局' }, 401);
    await p.call('post', '/departments', '/departments', admin, { name: '区住建局', code: 'x' }, 400);
    const renamed = await p.call(
      'patch',
      '/departments/{id}',
      `/departments/${power.id}`,
      admin,
      { name: '国网太原供电公司' },
      200,
    );
    expect(renamed.body.name).toBe('国网太原供电公司');
    await p.call(
      'patch',
      '/departments/{id}',
      `/departments/${power.id}`,
      admin,
      { name: '区自然资源局' },
      400,
    );
    await p.call(
      'patch',
      '/departments/{id}',
      `/departments/${power.id}`,
      supervisor.token,
      { active: false },
      403,
    );
    await p.call('patch', '/departments/{id}', `/departments/${UNKNOWN_ID}`, admin, { active: false }, 404);
    await p.call('patch', '/departments/{id}', '/departments/nope', admin, { active: false }, 400);
    await p.call('patch', '/departments/{id}', `/departments/${power.id}`, admin, { active: false }, 200);
    const list = await p.call('get', '/departments', '/departments', owner.token, undefined, 200);
    expect(list.body.map((d: { name: string; active: boolean }) => [d.name, d.active])).toEqual([
      ['区自然资源局', true],
      ['国网太原供电公司', false],
    ]);
    await p.call('get', '/departments', '/departments', null, undefined, 401);
    // An inactive department takes no new problems.
    const refused = await p.raise(owner.token, leadId, problemBody({ departmentId: power.id }), 400);
    expect(refused.body.errors).toEqual([{ field: 'departmentId', message: '该责任单位已停用' }]);
  });

  it('lets the owner and supervisors raise problems; others get 403; bad input writes nothing', async () => {
    const before = await count('problems');
    const created = await p.raise(owner.token, leadId, problemBody());
    expect(created.body).toMatchObject({
      leadId,
      category: 'land',
      description: '项目用地指标尚未落实，影响开工',
      departmentId,
      assigneeId: assignee.id,
      dueDate: '2024-06-20',
      status: 'open',
      resolution: null,
      resolvedAt: null,
      createdBy: owner.id,
      overdue: false,
      version: 1,
    });
    await p.raise(supervisor.token, leadId, problemBody({ category: 'power', assigneeId: null }));
    await p.raise(other.token, leadId, problemBody(), 403);
    await p.raise(assignee.token, leadId, problemBody(), 403);
    await p.raise(owner.token, UNKNOWN_ID, problemBody(), 404);
    await p.raise(owner.token, 'not-a-uuid', problemBody(), 400);
    const bad = await p.raise(
      owner.token,
      leadId,
      problemBody({ category: 'roads', dueDate: '2024-02-30' }),
      400,
    );
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['category', 'dueDate']);
    const past = await p.raise(owner.token, leadId, problemBody({ dueDate: '2024-06-02' }), 400);
    expect(past.body.errors).toEqual([{ field: 'dueDate', message: '办结时限不能早于今天' }]);
    await p.raise(owner.token, leadId, problemBody({ departmentId: UNKNOWN_ID }), 400);
    await p.raise(owner.token, leadId, problemBody({ assigneeId: UNKNOWN_ID }), 400);
    await p.raise(owner.token, leadId, problemBody({ priority: 'high' }), 400);
    await p.raise(owner.token, leadId, { ...problemBody(), description: '' }, 400);
    await p.call('post', '/leads/{id}/problems', `/leads/${leadId}/problems`, null, problemBody(), 401);
    expect(await count('problems')).toBe(before + 2);
    const audit = await db.query(
      `SELECT action, user_id FROM problem_supervision_audit WHERE entity_id = $1`,
      [created.body.id],
    );
    expect(audit.rows).toEqual([{ action: 'create', user_id: owner.id }]);
  });

  it('moves a problem 待办 → 办理中 → 已办结 with history, audit and 反馈, by whoever may', async () => {
    const problem = (await p.raise(owner.token, leadId, problemBody({ category: 'finance' }))).body;
    await p.patch(other.token, problem.id, { status: 'in_progress', version: 1 }, 403);
    const started = await p.patch(assignee.token, problem.id, { status: 'in_progress', version: 1 });
    expect(started.body).toMatchObject({ status: 'in_progress', version: 2 });
    await p.patch(owner.token, problem.id, { description: '过期的修改', version: 1 }, 409);
    await p.patch(owner.token, problem.id, { status: 'open', version: 2 }, 422);
    const noResolution = await p.patch(owner.token, problem.id, { status: 'resolved', version: 2 }, 422);
    expect(noResolution.body).toMatchObject({
      code: 'INVALID_TRANSITION',
      errors: [{ field: 'resolution' }],
    });
    await p.patch(owner.token, problem.id, { resolution: '先写上', version: 2 }, 422);
    await p.patch(owner.token, problem.id, { dueDate: '2024-06-01', version: 2 }, 400);
    await p.patch(owner.token, problem.id, { status: 'done', version: 2 }, 400);
    await p.patch(owner.token, problem.id, { status: 'resolved' }, 400);
    await p.patch(owner.token, UNKNOWN_ID, { status: 'resolved', version: 1 }, 404);

    // 反馈 in order, by the assignee, the owner and supervisors only.
    const note = (token: string, text: string, status = 201) =>
      p.call('post', '/problems/{id}/updates', `/problems/${problem.id}/updates`, token, { text }, status);
    await note(assignee.token, '已与区自然资源局对接');
    await note(supervisor.token, '请加快办理');
    await note(other.token, '路过', 403);
    await note(owner.token, '', 400);
    await p.call(
      'post',
      '/problems/{id}/updates',
      `/problems/${UNKNOWN_ID}/updates`,
      owner.token,
      { text: 'x' },
      404,
    );
    const notes = await p.call(
      'get',
      '/problems/{id}/updates',
      `/problems/${problem.id}/updates`,
      other.token,
      undefined,
      200,
    );
    expect(notes.body.map((n: { text: string; byUserId: string }) => [n.text, n.byUserId])).toEqual([
      ['已与区自然资源局对接', assignee.id],
      ['请加快办理', supervisor.id],
    ]);

    clock.set('2024-06-05T03:00:00Z');
    const resolved = await p.patch(supervisor.token, problem.id, {
      status: 'resolved',
      resolution: '已协调融资担保',
      version: 2,
    });
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolution: '已协调融资担保',
      resolvedAt: '2024-06-05T03:00:00.000Z',
      version: 3,
    });
    const reopened = await p.patch(owner.token, problem.id, { status: 'in_progress', version: 3 });
    expect(reopened.body).toMatchObject({ status: 'in_progress', resolution: null, resolvedAt: null });
    clock.set('2024-06-03T02:00:00Z');

    const history = await p.call(
      'get',
      '/problems/{id}/history',
      `/problems/${problem.id}/history`,
      owner.token,
      undefined,
      200,
    );
    expect(history.body.history.map((h: { from: string | null; to: string }) => [h.from, h.to])).toEqual([
      [null, 'open'],
      ['open', 'in_progress'],
      ['in_progress', 'resolved'],
      ['resolved', 'in_progress'],
    ]);
    expect(history.body.audit.map((a: { action: string }) => a.action)).toEqual([
      'create',
      'transition',
      'feedback',
      'feedback',
      'transition',
      'transition',
    ]);
    expect(history.body.audit[4].changes).toEqual({
      status: ['in_progress', 'resolved'],
      resolution: [null, '已协调融资担保'],
    });
    await p.call(
      'get',
      '/problems/{id}/history',
      `/problems/${UNKNOWN_ID}/history`,
      owner.token,
      undefined,
      404,
    );
    await p.call('get', '/problems/{id}', `/problems/${problem.id}`, other.token, undefined, 200);
    await p.call('get', '/problems/{id}', `/problems/${UNKNOWN_ID}`, other.token, undefined, 404);
    await p.call(
      'get',
      '/problems/{id}/updates',
      `/problems/${UNKNOWN_ID}/updates`,
      other.token,
      undefined,
      404,
    );
  });

  it('reassigns: the new assignee may change it, the old one no longer', async () => {
    const problem = (await p.raise(owner.token, leadId, problemBody({ category: 'water' }))).body;
    const moved = await p.patch(supervisor.token, problem.id, { assigneeId: other.id, version: 1 });
    expect(moved.body.assigneeId).toBe(other.id);
    await p.patch(assignee.token, problem.id, { status: 'in_progress', version: 2 }, 403);
    await p.patch(other.token, problem.id, { status: 'in_progress', version: 2 }, 200);
    await p.patch(owner.token, problem.id, { assigneeId: UNKNOWN_ID, version: 3 }, 400);
  });

  it('lets exactly one of two concurrent changes of one version through', async () => {
    const problem = (await p.raise(owner.token, leadId, problemBody({ category: 'gas' }))).body;
    const [a, b] = await Promise.all([
      api
        .http()
        .patch(`/api/v1/problems/${problem.id}`)
        .set('Authorization', `Bearer ${owner.token}`)
        .send({ status: 'in_progress', version: 1 }),
      api
        .http()
        .patch(`/api/v1/problems/${problem.id}`)
        .set('Authorization', `Bearer ${assignee.token}`)
        .send({ status: 'resolved', resolution: '已解决', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const history = await db.query(
      `SELECT count(*)::int AS n FROM problem_supervision_history WHERE entity_id = $1`,
      [problem.id],
    );
    expect(history.rows[0].n).toBe(2); // created + the one move that won
  });

  it('lists the 台账 with every filter and cursor paging; a lead’s problems', async () => {
    const second = (await leadsApi(api).create(owner.token)).body.id;
    await p.raise(owner.token, second, problemBody({ category: 'labour', dueDate: '2024-06-04' }));
    const all = (await p.problems(other.token, '?limit=200')).body.items as { id: string; leadId: string }[];
    const ids = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await p.problems(other.token, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      page.body.items.forEach((i: { id: string }) => ids.add(i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(ids.size).toBe(all.length);
    await p.problems(other.token, '?cursor=bad', 400);
    const ofLead = await p.call(
      'get',
      '/leads/{id}/problems',
      `/leads/${second}/problems`,
      other.token,
      undefined,
      200,
    );
    expect(ofLead.body.items).toHaveLength(1);
    await p.call('get', '/leads/{id}/problems', `/leads/${UNKNOWN_ID}/problems`, other.token, undefined, 404);
    expect((await p.problems(other.token, `?leadId=${second}`)).body.items).toHaveLength(1);
    expect((await p.problems(other.token, '?category=labour')).body.items).toHaveLength(1);
    const mine = (await p.problems(assignee.token, '?assigneeId=me')).body.items;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((i: { assigneeId: string }) => i.assigneeId === assignee.id)).toBe(true);
    expect((await p.problems(other.token, `?departmentId=${departmentId}`)).body.items.length).toBe(
      all.length,
    );
    const open = (await p.problems(other.token, '?status=open&limit=200')).body.items;
    expect(open.every((i: { status: string }) => i.status === 'open')).toBe(true);
    expect((await p.problems(other.token, '?overdue=true')).body.items).toHaveLength(0);
    clock.set('2024-06-05T02:00:00Z'); // the labour problem (due 06-04) is now overdue
    const overdue = (await p.problems(other.token, '?overdue=true')).body.items;
    expect(overdue.map((i: { category: string; overdue: boolean }) => [i.category, i.overdue])).toEqual([
      ['labour', true],
    ]);
    expect((await p.problems(other.token, '?overdue=false&limit=200')).body.items).toHaveLength(
      all.length - 1,
    );
    clock.set('2024-06-03T02:00:00Z');
    await p.problems(other.token, '?status=closed', 400);
    await p.problems(other.token, '?assigneeId=someone', 400);
    await p.problems(other.token, '?overdue=maybe', 400);
    await p.problems(null as unknown as string, '', 401);
  });

  it('keeps the 预警配置: anyone reads it, only admins set it', async () => {
    const get = await p.call('get', '/settings/warning', '/settings/warning', owner.token, undefined, 200);
    expect(get.body).toEqual({ deadlineSoonDays: 7, noActivityDays: 30, problemAgingDays: 14 });
    const body = { deadlineSoonDays: 10, noActivityDays: 45, problemAgingDays: 7 };
    await p.call('put', '/settings/warning', '/settings/warning', supervisor.token, body, 403);
    await p.call('put', '/settings/warning', '/settings/warning', owner.token, body, 403);
    const bad = await p.call(
      'put',
      '/settings/warning',
      '/settings/warning',
      admin,
      { ...body, noActivityDays: 0, extra: 1 },
      400,
    );
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'extra',
      'noActivityDays',
    ]);
    await p.call('put', '/settings/warning', '/settings/warning', admin, { deadlineSoonDays: 7 }, 400);
    expect((await p.call('put', '/settings/warning', '/settings/warning', admin, body, 200)).body).toEqual(
      body,
    );
    expect(
      (await p.call('get', '/settings/warning', '/settings/warning', other.token, undefined, 200)).body,
    ).toEqual(body);
    await p.call('get', '/settings/warning', '/settings/warning', null, undefined, 401);
    await p.call(
      'put',
      '/settings/warning',
      '/settings/warning',
      admin,
      { deadlineSoonDays: 7, noActivityDays: 30, problemAgingDays: 14 },
      200,
    );
  });
});
