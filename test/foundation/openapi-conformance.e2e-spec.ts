import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { createUser, useApi } from '../support/harness';
import { OpenApiContract } from '../support/openapi-contract';
import { creditCode, leadBody } from '../leads/lead-fixtures';

/**
 * The document says what the API does: a walk through every operation (successes and the problems each kind of
 * caller meets) checks each real answer against the published schema for its status and content type, strictly,
 * so generated client types (openapi-typescript) match what arrives: required, nullable, enums, formats.
 */
describe('OpenAPI document matches the answers', () => {
  const t = useApi();
  let contract: OpenApiContract;
  let staff: { id: string; email: string; token: string };
  let supervisor: { id: string; email: string; token: string };
  let admin: string;

  beforeAll(async () => {
    contract = new OpenApiContract((await t.api.http().get('/api/docs-json')).body);
    staff = await createUser(t.api, 'staff');
    supervisor = await createUser(t.api, 'supervisor');
    admin = t.api.adminToken;
  });

  type Method = 'get' | 'post' | 'put' | 'patch';
  /** Sends a request and checks the answer against the document's operation `method template`. */
  async function call(
    method: Method,
    template: string,
    path: string,
    token: string | null,
    body?: object,
    expectStatus?: number,
  ): Promise<Response> {
    let req = t.api.http()[method](path);
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    const res = body === undefined ? await req : await req.send(body);
    if (expectStatus !== undefined)
      expect(`${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).toMatch(
        new RegExp(`^${expectStatus} `),
      );
    contract.check(method, `/api/v1${template}`, res);
    return res;
  }
  const v1 = (p: string) => `/api/v1${p}`;

  it('auth, users and reference data', async () => {
    await call(
      'post',
      '/auth/login',
      v1('/auth/login'),
      null,
      { email: staff.email, password: 'password-0123456789' },
      200,
    );
    await call(
      'post',
      '/auth/login',
      v1('/auth/login'),
      null,
      { email: staff.email, password: 'wrong-password' },
      401,
    );
    await call('post', '/auth/login', v1('/auth/login'), null, { email: 'not-an-email' }, 400);
    await call('get', '/users/me', v1('/users/me'), staff.token, undefined, 200);
    await call('get', '/users/me', v1('/users/me'), null, undefined, 401);
    const created = await call(
      'post',
      '/users',
      v1('/users'),
      admin,
      {
        email: `new-${Date.now()}@luodi.test`,
        name: '新同事',
        password: 'password-0123456789',
        role: 'staff',
      },
      201,
    );
    await call(
      'post',
      '/users',
      v1('/users'),
      admin,
      { email: staff.email, name: 'x', password: 'password-0123456789', role: 'staff' },
      409,
    );
    await call(
      'post',
      '/users',
      v1('/users'),
      staff.token,
      { email: 'a@b.cn', name: 'x', password: 'password-0123456789', role: 'staff' },
      403,
    );
    await call('get', '/users', v1('/users?limit=2'), supervisor.token, undefined, 200);
    await call('get', '/users', v1('/users?limit=0'), supervisor.token, undefined, 400);
    await call('patch', '/users/{id}', v1(`/users/${created.body.id}`), admin, { name: '改名' }, 200);
    await call(
      'patch',
      '/users/{id}',
      v1('/users/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11'),
      admin,
      { name: 'x' },
      404,
    );
    await call('patch', '/users/{id}', v1('/users/nope'), admin, { name: 'x' }, 400);
    for (const p of ['/tracks', '/parks', '/stages'])
      await call('get', p, v1(p), staff.token, undefined, 200);
    await call('put', '/stages/{code}', v1('/stages/lead'), admin, { deadlineDays: 90 }, 200);
    await call('put', '/stages/{code}', v1('/stages/production'), admin, { deadlineDays: 30 }, 400);
    await call('put', '/stages/{code}', v1('/stages/lead'), staff.token, { deadlineDays: 90 }, 403);
    const xml = await t.api
      .http()
      .post(v1('/auth/login'))
      .set('Content-Type', 'application/xml')
      .send('<a/>');
    contract.check('post', '/api/v1/auth/login', xml);
    expect(xml.status).toBe(415);
    const big = await t.api
      .http()
      .post(v1('/users'))
      .set('Authorization', `Bearer ${admin}`)
      .send({
        email: 'big@luodi.test',
        name: 'x'.repeat(1024 * 1024),
        password: 'password-0123456789',
        role: 'staff',
      });
    contract.check('post', '/api/v1/users', big);
    expect(big.status).toBe(413);
    await call('get', '/health', v1('/health'), null, undefined, 200);
    await call(
      'get',
      '/users/directory',
      v1('/users/directory?q=%E5%BC%A0&limit=5'),
      staff.token,
      undefined,
      200,
    );
    await call('get', '/users/directory', v1('/users/directory?role=mayor'), staff.token, undefined, 400);
    await call('get', '/users/directory', v1('/users/directory'), null, undefined, 401);
    await call('get', '/events', v1('/events'), null, undefined, 401);
  });

  it('leads through their whole life, with the problems on the way', async () => {
    const full = leadBody({
      creditCode: creditCode(),
      park: 'yangqu',
      source: 'exhibition',
      contactName: '王经理',
      contactPhone: '0351-1234567',
      notes: '备注',
      isProvincialKey: true,
      leaderId: supervisor.id,
    });
    let lead = (await call('post', '/leads', v1('/leads'), supervisor.token, full, 201)).body;
    await call('post', '/leads', v1('/leads'), supervisor.token, full, 409);
    await call('post', '/leads', v1('/leads'), staff.token, leadBody({ ownerId: supervisor.id }), 403);
    await call('post', '/leads', v1('/leads'), staff.token, { track: 'steel' }, 400);
    const plain = (await call('post', '/leads', v1('/leads'), staff.token, leadBody(), 201)).body;
    await call('get', '/leads/{id}', v1(`/leads/${plain.id}`), staff.token, undefined, 200);
    await call(
      'get',
      '/leads/{id}',
      v1('/leads/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11'),
      staff.token,
      undefined,
      404,
    );
    await call(
      'get',
      '/leads',
      v1('/leads?limit=1&ownerId=me&sort=-plannedInvestmentWan'),
      staff.token,
      undefined,
      200,
    );
    await call(
      'get',
      '/leads',
      v1('/leads?stage=lead&track=equipment&overdue=false&q=%E5%A4%AA%E9%87%8D'),
      staff.token,
      undefined,
      200,
    );
    await call(
      'patch',
      '/leads/{id}',
      v1(`/leads/${lead.id}`),
      staff.token,
      { notes: 'x', version: lead.version },
      403,
    );
    await call(
      'patch',
      '/leads/{id}',
      v1(`/leads/${plain.id}`),
      staff.token,
      { notes: null, version: 99 },
      409,
    );
    lead = (
      await call(
        'patch',
        '/leads/{id}',
        v1(`/leads/${lead.id}`),
        supervisor.token,
        {
          stageDeadline: '2020-01-01',
          contactName: null,
          version: lead.version,
        },
        200,
      )
    ).body;
    expect(lead.overdue).toBe(true);

    const move = (body: object, status: number) =>
      call(
        'post',
        '/leads/{id}/transitions',
        v1(`/leads/${lead.id}/transitions`),
        supervisor.token,
        body,
        status,
      );
    await move({ to: 'landed', version: lead.version }, 422);
    lead = (await move({ to: 'signed', signedAmountWan: 80000, version: lead.version }, 200)).body;
    await move({ to: 'signed', version: lead.version }, 422);
    await move({ to: 'landed', version: lead.version }, 422);
    await move({ to: 'landed', version: lead.version + 1 }, 409);
    for (const kind of ['project_approval', 'eia', 'land']) {
      lead = (
        await call(
          'put',
          '/leads/{id}/approvals/{kind}',
          v1(`/leads/${lead.id}/approvals/${kind}`),
          supervisor.token,
          {
            status: 'done',
            documentNo: '并发改备〔2024〕12号',
          },
          200,
        )
      ).body;
    }
    await call(
      'put',
      '/leads/{id}/approvals/{kind}',
      v1(`/leads/${lead.id}/approvals/road`),
      supervisor.token,
      { status: 'done' },
      400,
    );
    lead = (await move({ to: 'landed', version: lead.version }, 200)).body;
    await call(
      'get',
      '/leads/{id}/transitions',
      v1(`/leads/${lead.id}/transitions`),
      staff.token,
      undefined,
      200,
    );

    const now = new Date();
    const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    await call(
      'put',
      '/leads/{id}/investments/{month}',
      v1(`/leads/${lead.id}/investments/${month}`),
      supervisor.token,
      {
        paidInWan: '1200.5',
        completedWan: 0,
      },
      200,
    );
    await call(
      'put',
      '/leads/{id}/investments/{month}',
      v1(`/leads/${plain.id}/investments/${month}`),
      staff.token,
      {
        paidInWan: 1,
        completedWan: 1,
      },
      400,
    );
    await call(
      'get',
      '/leads/{id}/investments',
      v1(`/leads/${lead.id}/investments`),
      staff.token,
      undefined,
      200,
    );
    await call(
      'post',
      '/leads/{id}/activities',
      v1(`/leads/${lead.id}/activities`),
      supervisor.token,
      {
        kind: 'visit',
        occurredAt: new Date(Date.now() - 3600_000).toISOString(),
        summary: '走访企业',
        nextFollowUpAt: new Date(Date.now() + 86400_000).toISOString(),
      },
      201,
    );
    await call(
      'post',
      '/leads/{id}/activities',
      v1(`/leads/${plain.id}/activities`),
      staff.token,
      {
        kind: 'call',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        summary: '电话沟通',
      },
      201,
    );
    await call(
      'get',
      '/leads/{id}/activities',
      v1(`/leads/${lead.id}/activities?limit=1`),
      staff.token,
      undefined,
      200,
    );
    await call('get', '/leads/{id}/audit', v1(`/leads/${lead.id}/audit`), staff.token, undefined, 200);
    await call(
      'get',
      '/leads/{id}/audit',
      v1('/leads/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11/audit'),
      staff.token,
      undefined,
      404,
    );

    const xlsx = await t.api
      .http()
      .get(v1('/leads/export.xlsx?stage=landed'))
      .set('Authorization', `Bearer ${staff.token}`);
    expect(xlsx.status).toBe(200);
    contract.check('get', '/api/v1/leads/export.xlsx', xlsx);
    const csv = Buffer.from(
      'companyName,projectName,track,plannedInvestmentWan\n好公司,好项目,equipment,100\n坏公司,坏项目,steel,-1\n',
    );
    const imported = await t.api
      .http()
      .post(v1('/leads/import?dryRun=true'))
      .set('Authorization', `Bearer ${staff.token}`)
      .attach('file', csv, 'leads.csv');
    expect(imported.status).toBe(200);
    contract.check('post', '/api/v1/leads/import', imported);
  });

  it('targets, reports, notifications and digests', async () => {
    const year = new Date().getUTCFullYear();
    await call(
      'put',
      '/targets/{year}',
      v1(`/targets/${year}`),
      supervisor.token,
      {
        signedAmountWan: '6000000',
        byTrack: { equipment: 1500000 },
        byPark: { yangqu: '1000000.5' },
        byOwner: { [supervisor.id]: '500000' },
      },
      200,
    );
    await call(
      'put',
      '/targets/{year}',
      v1(`/targets/${year}`),
      supervisor.token,
      { signedAmountWan: 0, byTrack: { steel: 1 } },
      400,
    );
    await call('put', '/targets/{year}', v1(`/targets/${year}`), staff.token, { signedAmountWan: 1 }, 403);
    await call('get', '/targets/{year}', v1(`/targets/${year}`), staff.token, undefined, 200);
    await call(
      'get',
      '/targets/{year}/progress',
      v1(`/targets/${year}/progress`),
      staff.token,
      undefined,
      200,
    );
    await call('get', '/targets/{year}/progress', v1('/targets/2031/progress'), staff.token, undefined, 404);
    await call('get', '/targets/{year}', v1('/targets/1999'), staff.token, undefined, 400);

    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const reports: [string, string][] = [
      ['/reports/funnel', `?from=${from}&to=${to}`],
      ['/reports/overdue', '?limit=5'],
      ['/reports/batches', `?from=${from}&to=${to}`],
      ['/reports/owners', `?year=${year}`],
      ['/reports/kpis', `?year=${year}`],
      ['/reports/signings', `?year=${year}`],
    ];
    for (const [path, query] of reports) {
      await call('get', path, v1(path + query), supervisor.token, undefined, 200);
      await call(
        'get',
        path,
        v1(path + query + (query ? '&' : '?') + 'ownerId=me'),
        staff.token,
        undefined,
        200,
      );
      await call('get', path, v1(path + query), staff.token, undefined, 403);
    }
    await call(
      'get',
      '/reports/batches',
      v1('/reports/batches?from=2024-02-30'),
      supervisor.token,
      undefined,
      400,
    );

    await call(
      'get',
      '/reports/signings',
      v1('/reports/signings?year=1999'),
      supervisor.token,
      undefined,
      400,
    );
    await call('post', '/digests/run', v1('/digests/run'), admin, { week: '2024-W14' }, 202);
    await call('post', '/digests/run', v1('/digests/run'), admin, { week: '2024-W60' }, 400);
    await call('post', '/digests/run', v1('/digests/run'), staff.token, {}, 403);
    await call('get', '/digests/preview', v1('/digests/preview?week=2024-W14'), admin, undefined, 200);
    await call('get', '/digests/preview', v1('/digests/preview?week=2024-W60'), admin, undefined, 400);
    await call('get', '/digests/preview', v1('/digests/preview'), staff.token, undefined, 403);
    await call(
      'get',
      '/digests/preview',
      v1('/digests/preview?userId=00000000-0000-4000-8000-000000000000'),
      admin,
      undefined,
      404,
    );
    await call('get', '/notifications', v1('/notifications?limit=5'), supervisor.token, undefined, 200);
    await call(
      'get',
      '/notifications',
      v1(`/notifications?userId=${supervisor.id}`),
      staff.token,
      undefined,
      403,
    );
  });

  it('the workspace lookups: counts, names, the activity feed', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await call(
      'get',
      '/leads/counts',
      v1('/leads/counts?ownerId=me&track=equipment'),
      staff.token,
      undefined,
      200,
    );
    await call('get', '/leads/counts', v1('/leads/counts?stage=nowhere'), staff.token, undefined, 400);
    await call('get', '/leads/counts', v1('/leads/counts'), null, undefined, 401);
    await call('get', '/leads/names', v1(`/leads/names?ids=${unknown}`), staff.token, undefined, 200);
    await call('get', '/leads/names', v1('/leads/names?ids=nope'), staff.token, undefined, 400);
    await call('get', '/activities', v1('/activities?ownerId=me&limit=5'), staff.token, undefined, 200);
    await call('get', '/activities', v1('/activities?limit=0'), staff.token, undefined, 400);
    await call('get', '/activities', v1('/activities'), null, undefined, 401);
  });

  it('sessions and passwords: logout, change, reset, the last admin', async () => {
    const someone = await createUser(t.api, 'staff');
    const unknown = '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11';
    const strong = 'Fenhe-2025-autumn';
    const refreshed = await call('post', '/auth/refresh', v1('/auth/refresh'), someone.token, undefined, 200);
    await call('post', '/auth/refresh', v1('/auth/refresh'), someone.token, undefined, 401);
    const again = refreshed.body as { accessToken: string };
    await call('post', '/auth/logout', v1('/auth/logout'), again.accessToken, undefined, 204);
    await call('post', '/auth/logout', v1('/auth/logout'), again.accessToken, undefined, 401);
    const token = await t.api.login(someone.email, 'password-0123456789');
    const change = (body: object, status: number, as: string | null = token) =>
      call('post', '/users/me/password', v1('/users/me/password'), as, body, status);
    await change({ currentPassword: 'wrong-password', newPassword: strong }, 400);
    await change({ currentPassword: 'password-0123456789', newPassword: 'password123' }, 400);
    await change({ currentPassword: 'password-0123456789', newPassword: strong }, 401, null);
    await change({ currentPassword: 'password-0123456789', newPassword: strong }, 204);
    const fresh = await t.api.login(someone.email, strong);
    for (let i = 0; i < 5; i++)
      await change({ currentPassword: 'wrong-password', newPassword: strong }, 400, fresh);
    await change({ currentPassword: 'wrong-password', newPassword: strong }, 429, fresh);
    const reset = (id: string, body: object, status: number, as = admin) =>
      call('post', '/users/{id}/password', v1(`/users/${id}/password`), as, body, status);
    await reset(someone.id, { newPassword: 'Taihang-2026-winter' }, 204);
    await reset(someone.id, { newPassword: '1234567890' }, 400);
    await reset(unknown, { newPassword: strong }, 404);
    await reset(someone.id, { newPassword: strong }, 403, staff.token);
    await reset(someone.id, { newPassword: strong }, 401, fresh);
    const first = (await t.api.http().get('/api/v1/users/me').set('Authorization', `Bearer ${admin}`)).body;
    await call('patch', '/users/{id}', v1(`/users/${first.id}`), admin, { active: false }, 409);
  });

  it('plans, key projects, batch events and results (issue 16)', async () => {
    const lead = (await call('post', '/leads', v1('/leads'), staff.token, leadBody(), 201)).body;
    const plan = {
      plannedInvestmentWan: '52000',
      plannedStartMonth: '2025-03',
      buildType: 'new',
      category: 'industrial',
      provincialKey: true,
    };
    const planPath = v1(`/leads/${lead.id}/plans/2025`);
    await call('put', '/leads/{id}/plans/{year}', planPath, staff.token, plan, 200);
    await call('put', '/leads/{id}/plans/{year}', planPath, staff.token, { ...plan, buildType: 'x' }, 400);
    await call('put', '/leads/{id}/plans/{year}', planPath, null, plan, 401);
    await call('put', '/leads/{id}/plans/{year}', planPath, supervisor.token, plan, 200);
    const other = await createUser(t.api, 'staff');
    await call('put', '/leads/{id}/plans/{year}', planPath, other.token, plan, 403);
    const unknown = v1('/leads/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11/plans');
    await call('put', '/leads/{id}/plans/{year}', `${unknown}/2025`, staff.token, plan, 404);
    await call('get', '/leads/{id}/plans', v1(`/leads/${lead.id}/plans`), staff.token, undefined, 200);
    await call('get', '/leads/{id}/plans', unknown, staff.token, undefined, 404);
    await call('get', '/leads/{id}/plans', v1('/leads/x/plans'), staff.token, undefined, 400);
    await call('get', '/plans/{year}', v1('/plans/2025?limit=1'), staff.token, undefined, 200);
    await call('get', '/plans/{year}', v1('/plans/2025?category=x'), staff.token, undefined, 400);
    await call('get', '/plans/{year}', v1('/plans/2025'), null, undefined, 401);
    await call('get', '/reports/plan', v1('/reports/plan?year=2025'), supervisor.token, undefined, 200);
    await call('get', '/reports/plan', v1('/reports/plan?year=2025&ownerId=me'), staff.token, undefined, 200);
    await call('get', '/reports/plan', v1('/reports/plan?year=2025'), staff.token, undefined, 403);
    await call('get', '/reports/plan', v1('/reports/plan'), supervisor.token, undefined, 400);
    await call('get', '/reports/plan', v1('/reports/plan?year=2025'), null, undefined, 401);
    await call(
      'get',
      '/plans/{year}/export.xlsx',
      v1('/plans/2025/export.xlsx'),
      staff.token,
      undefined,
      200,
    );
    await call(
      'get',
      '/plans/{year}/export.xlsx',
      v1('/plans/1999/export.xlsx'),
      staff.token,
      undefined,
      400,
    );
    await call('get', '/plans/{year}/export.xlsx', v1('/plans/2025/export.xlsx'), null, undefined, 401);
    const sheet = (
      await t.api
        .http()
        .get(v1('/plans/2025/export.xlsx'))
        .set('Authorization', `Bearer ${staff.token}`)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
    ).body as Buffer;
    for (const [token, status] of [
      [supervisor.token, 200],
      [staff.token, 403],
      [null, 401],
    ] as const) {
      let req = t.api.http().post(v1('/plans/import'));
      if (token) req = req.set('Authorization', `Bearer ${token}`);
      contract.check(
        'post',
        '/api/v1/plans/import',
        await req.attach('file', sheet, 'plans.xlsx').expect(status),
      );
    }
    contract.check(
      'post',
      '/api/v1/plans/import',
      await t.api
        .http()
        .post(v1('/plans/import'))
        .set('Authorization', `Bearer ${supervisor.token}`)
        .send({})
        .expect(400),
    );
  });

  it('yearly yardsticks and results after production (issue 16)', async () => {
    const yard = { signedAmountWan: '6000000', investmentWan: '3000000', newOutputWan: 5000000 };
    await call('put', '/targets/{year}', v1('/targets/2026'), supervisor.token, yard, 200);
    await call('get', '/targets/{year}/progress', v1('/targets/2026/progress'), staff.token, undefined, 200);
    const lead = (await call('post', '/leads', v1('/leads'), staff.token, leadBody(), 201)).body;
    const path = v1(`/leads/${lead.id}/results/2025-Q1`);
    const result = { outputWan: '1000', taxWan: '10', employees: 12 };
    await call('put', '/leads/{id}/results/{quarter}', path, staff.token, result, 400);
    await call('put', '/leads/{id}/results/{quarter}', path, null, result, 401);
    await call(
      'put',
      '/leads/{id}/results/{quarter}',
      path,
      (await createUser(t.api, 'staff')).token,
      result,
      403,
    );
    const unknown = v1('/leads/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11/results');
    await call('put', '/leads/{id}/results/{quarter}', `${unknown}/2025-Q1`, staff.token, result, 404);
    await t.api.app
      .get(DataSource)
      .query(`UPDATE leads SET stage = 'production', production_started_at = '2025-01-02' WHERE id = $1`, [
        lead.id,
      ]);
    await call('put', '/leads/{id}/results/{quarter}', path, staff.token, result, 200);
    await call('get', '/leads/{id}/results', v1(`/leads/${lead.id}/results`), staff.token, undefined, 200);
    await call('get', '/leads/{id}/results', unknown, staff.token, undefined, 404);
    await call('get', '/leads/{id}/results', v1('/leads/x/results'), staff.token, undefined, 400);
    await call('get', '/reports/results', v1('/reports/results?year=2025'), staff.token, undefined, 200);
    await call('get', '/reports/results', v1('/reports/results?year=2026'), staff.token, undefined, 200);
    await call('get', '/reports/results', v1('/reports/results'), staff.token, undefined, 400);
    await call('get', '/reports/results', v1('/reports/results?year=2025'), null, undefined, 401);
  });

  it('三个一批 events (issue 16)', async () => {
    const body = { name: '第四期“三个一批”活动', date: '2024-04-18', period: 4 };
    const event = (await call('post', '/batch-events', v1('/batch-events'), supervisor.token, body, 201))
      .body;
    await call('post', '/batch-events', v1('/batch-events'), staff.token, body, 403);
    await call('post', '/batch-events', v1('/batch-events'), supervisor.token, { date: 'x' }, 400);
    await call('post', '/batch-events', v1('/batch-events'), null, body, 401);
    await call('get', '/batch-events', v1('/batch-events'), staff.token, undefined, 200);
    await call('get', '/batch-events', v1('/batch-events'), null, undefined, 401);
    const lead = (await call('post', '/leads', v1('/leads'), staff.token, leadBody(), 201)).body;
    const entries = v1(`/batch-events/${event.id}/entries`);
    const entry = { leadId: lead.id, list: 'signing', expectedOutputWan: '8000' };
    await call('post', '/batch-events/{id}/entries', entries, supervisor.token, entry, 201);
    await call('post', '/batch-events/{id}/entries', entries, supervisor.token, { ...entry, list: 'x' }, 400);
    await call('post', '/batch-events/{id}/entries', entries, staff.token, entry, 403);
    await call('post', '/batch-events/{id}/entries', entries, null, entry, 401);
    const unknown = v1('/batch-events/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11');
    await call('post', '/batch-events/{id}/entries', `${unknown}/entries`, supervisor.token, entry, 404);
    await call('get', '/batch-events/{id}', v1(`/batch-events/${event.id}`), staff.token, undefined, 200);
    await call('get', '/batch-events/{id}', unknown, staff.token, undefined, 404);
    await call('get', '/batch-events/{id}', v1('/batch-events/x'), staff.token, undefined, 400);
    await call('get', '/batch-events/{id}', v1(`/batch-events/${event.id}`), null, undefined, 401);
    const xlsx = v1(`/batch-events/${event.id}/export.xlsx`);
    await call('get', '/batch-events/{id}/export.xlsx', xlsx, staff.token, undefined, 200);
    await call(
      'get',
      '/batch-events/{id}/export.xlsx',
      `${unknown}/export.xlsx`,
      staff.token,
      undefined,
      404,
    );
    await call(
      'get',
      '/batch-events/{id}/export.xlsx',
      v1('/batch-events/x/export.xlsx'),
      staff.token,
      undefined,
      400,
    );
    await call('get', '/batch-events/{id}/export.xlsx', xlsx, null, undefined, 401);
  });

  it('companies and chains (企业库与产业链)', async () => {
    const unknown = '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11';
    const c = await call(
      'post',
      '/companies',
      v1('/companies'),
      staff.token,
      { name: '山西烁科晶体有限公司', creditCode: creditCode(), aliases: ['烁科'], tags: ['specialized'] },
      201,
    );
    const code = creditCode();
    await call(
      'post',
      '/companies',
      v1('/companies'),
      staff.token,
      { name: '中科潞安', creditCode: code },
      201,
    );
    await call('post', '/companies', v1('/companies'), staff.token, { name: '烁科晶体' }, 201);
    await call('post', '/companies', v1('/companies'), staff.token, { name: '太原烁科晶体' }, 409);
    await call('post', '/companies', v1('/companies'), staff.token, { name: '' }, 400);
    await call('post', '/companies', v1('/companies'), null, { name: '甲' }, 401);
    await call('get', '/companies', v1('/companies?q=烁科&limit=5'), staff.token, undefined, 200);
    await call('get', '/companies', v1('/companies?tag=unicorn'), staff.token, undefined, 400);
    await call('get', '/companies', v1('/companies'), null, undefined, 401);
    await call(
      'get',
      '/companies/similar',
      v1('/companies/similar?name=烁科晶体材料'),
      staff.token,
      undefined,
      200,
    );
    await call('get', '/companies/similar', v1('/companies/similar'), staff.token, undefined, 400);
    await call('get', '/companies/similar', v1('/companies/similar?name=x'), null, undefined, 401);
    const lead = await call(
      'post',
      '/leads',
      v1('/leads'),
      staff.token,
      { ...leadBody(), companyName: '山西烁科晶体材料有限公司' },
      201,
    );
    expect(lead.body.similarCompanies.length).toBeGreaterThan(0);
    await call('get', '/companies/{id}', v1(`/companies/${c.body.id}`), staff.token, undefined, 200);
    await call('get', '/companies/{id}', v1(`/companies/${unknown}`), staff.token, undefined, 404);
    await call('get', '/companies/{id}', v1('/companies/nope'), staff.token, undefined, 400);
    await call('get', '/companies/{id}', v1(`/companies/${unknown}`), null, undefined, 401);
    const patch = (id: string, body: object, status: number, as: string | null = staff.token) =>
      call('patch', '/companies/{id}', v1(`/companies/${id}`), as, body, status);
    await patch(c.body.id, { version: 1, hqRegion: '山西省太原市', website: null }, 200);
    await patch(c.body.id, { version: 1, notes: 'x' }, 409);
    await patch(c.body.id, { version: 2, creditCode: code }, 409);
    await patch(c.body.id, { notes: 'x' }, 400);
    await patch(unknown, { version: 1 }, 404);
    await patch(unknown, { version: 1 }, 401, null);
    const contact = (id: string, body: object, status: number, as: string | null = staff.token) =>
      call('post', '/companies/{id}/contacts', v1(`/companies/${id}/contacts`), as, body, status);
    await contact(c.body.id, { name: '王经理', phone: '13800138000' }, 201);
    await contact(c.body.id, { name: '王经理', phone: '1' }, 400);
    await contact(unknown, { name: '王经理' }, 404);
    await contact(unknown, { name: '王经理' }, 401, null);

    const chain = await call(
      'post',
      '/chains',
      v1('/chains'),
      admin,
      { track: 'semiconductors', name: '碳化硅' },
      201,
    );
    await call('post', '/chains', v1('/chains'), admin, { track: 'semiconductors', name: '碳化硅' }, 400);
    await call(
      'post',
      '/chains',
      v1('/chains'),
      staff.token,
      { track: 'semiconductors', name: '氮化镓' },
      403,
    );
    await call('post', '/chains', v1('/chains'), null, { track: 'semiconductors', name: '氮化镓' }, 401);
    const links = (id: string, body: object, status: number, as: string | null = admin) =>
      call('post', '/chains/{id}/links', v1(`/chains/${id}/links`), as, body, status);
    const withLink = await links(chain.body.id, { name: '衬底', position: 'upstream' }, 201);
    await links(chain.body.id, { name: '外延', position: 'sideways' }, 400);
    await links(chain.body.id, { name: '外延', position: 'midstream' }, 403, staff.token);
    await links(unknown, { name: '外延', position: 'midstream' }, 404);
    await links(unknown, { name: '外延', position: 'midstream' }, 401, null);
    const chainPatch = (id: string, body: object, status: number, as: string | null = admin) =>
      call('patch', '/chains/{id}', v1(`/chains/${id}`), as, body, status);
    await chainPatch(chain.body.id, { version: 1, name: '碳化硅功率器件' }, 200);
    await chainPatch(chain.body.id, { version: 1, name: '碳化硅' }, 409);
    await chainPatch(chain.body.id, { name: '碳化硅' }, 400);
    await chainPatch(chain.body.id, { version: 2 }, 403, staff.token);
    await chainPatch(unknown, { version: 1 }, 404);
    await chainPatch(unknown, { version: 1 }, 401, null);
    await call('get', '/chains', v1('/chains?track=semiconductors'), staff.token, undefined, 200);
    await call('get', '/chains', v1('/chains?track=space'), staff.token, undefined, 400);
    await call('get', '/chains', v1('/chains'), null, undefined, 401);
    const linkId = withLink.body.links[0].id as string;
    const target = (id: string, body: object, status: number, as: string | null = supervisor.token) =>
      call('post', '/chains/links/{id}/targets', v1(`/chains/links/${id}/targets`), as, body, status);
    await target(linkId, { companyId: c.body.id, note: '国内衬底龙头' }, 201);
    await target(linkId, { companyId: c.body.id }, 200);
    await target(linkId, { companyId: unknown }, 400);
    await target(linkId, { companyId: c.body.id }, 403, staff.token);
    await target(unknown, { companyId: c.body.id }, 404);
    await target(unknown, { companyId: c.body.id }, 401, null);
    await call('get', '/chain-links/{id}', v1(`/chain-links/${linkId}`), staff.token, undefined, 200);
    await call('get', '/chain-links/{id}', v1(`/chain-links/${unknown}`), staff.token, undefined, 404);
    await call('get', '/chain-links/{id}', v1('/chain-links/nope'), staff.token, undefined, 400);
    await call('get', '/chain-links/{id}', v1(`/chain-links/${linkId}`), null, undefined, 401);
    await call(
      'get',
      '/reports/chains',
      v1('/reports/chains?track=semiconductors'),
      staff.token,
      undefined,
      200,
    );
    await call('get', '/reports/chains', v1('/reports/chains?track=space'), staff.token, undefined, 400);
    await call('get', '/reports/chains', v1('/reports/chains'), null, undefined, 401);
    const companiesXlsx = await t.api
      .http()
      .get(v1('/companies/export.xlsx?tag=specialized'))
      .set('Authorization', `Bearer ${staff.token}`);
    expect(companiesXlsx.status).toBe(200);
    contract.check('get', '/api/v1/companies/export.xlsx', companiesXlsx);
    await call(
      'get',
      '/companies/export.xlsx',
      v1('/companies/export.xlsx?tag=x'),
      staff.token,
      undefined,
      400,
    );
    await call('get', '/companies/export.xlsx', v1('/companies/export.xlsx'), null, undefined, 401);
    const companiesCsv = Buffer.from('企业名称,企业性质\n新企业,民营\n坏企业,国有\n');
    const companiesImport = await t.api
      .http()
      .post(v1('/companies/import?dryRun=true'))
      .set('Authorization', `Bearer ${staff.token}`)
      .attach('file', companiesCsv, 'companies.csv');
    expect(companiesImport.status).toBe(200);
    contract.check('post', '/api/v1/companies/import', companiesImport);
    await call('post', '/companies/import', v1('/companies/import'), staff.token, {}, 400);
    await call('post', '/companies/import', v1('/companies/import'), null, {}, 401);
  });

  // 问题台账与督办 (issue 14): one documented answer per operation (the full walk is in test/problems).
  it('problems and supervision: departments, problems, orders, the warning settings', async () => {
    const unknown = '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11';
    const assignee = await createUser(t.api, 'staff');
    const dept = (await call('post', '/departments', v1('/departments'), admin, { name: '区发改局' }, 201))
      .body;
    await call('post', '/departments', v1('/departments'), staff.token, { name: '区住建局' }, 403);
    await call('get', '/departments', v1('/departments'), staff.token, undefined, 200);
    await call(
      'patch',
      '/departments/{id}',
      v1(`/departments/${dept.id}`),
      admin,
      { name: '区发展改革局' },
      200,
    );
    await call('patch', '/departments/{id}', v1(`/departments/${unknown}`), admin, { active: false }, 404);
    await call('get', '/settings/warning', v1('/settings/warning'), staff.token, undefined, 200);
    const settings = { deadlineSoonDays: 7, noActivityDays: 30, problemAgingDays: 14 };
    await call('put', '/settings/warning', v1('/settings/warning'), admin, settings, 200);
    await call('put', '/settings/warning', v1('/settings/warning'), staff.token, settings, 403);
    const lead = (
      await t.api.http().post('/api/v1/leads').set('Authorization', `Bearer ${staff.token}`).send(leadBody())
    ).body;
    const body = {
      category: 'land',
      description: '用地未落实',
      departmentId: dept.id,
      assigneeId: assignee.id,
      dueDate: '2099-12-31',
    };
    const problem = (
      await call('post', '/leads/{id}/problems', v1(`/leads/${lead.id}/problems`), staff.token, body, 201)
    ).body;
    await call('post', '/leads/{id}/problems', v1(`/leads/${unknown}/problems`), staff.token, body, 404);
    await call('get', '/leads/{id}/problems', v1(`/leads/${lead.id}/problems`), staff.token, undefined, 200);
    await call(
      'get',
      '/problems',
      v1('/problems?assigneeId=me&overdue=false'),
      assignee.token,
      undefined,
      200,
    );
    await call('get', '/problems/{id}', v1(`/problems/${problem.id}`), staff.token, undefined, 200);
    await call(
      'patch',
      '/problems/{id}',
      v1(`/problems/${problem.id}`),
      assignee.token,
      { status: 'resolved', version: 1 },
      422,
    );
    await call(
      'patch',
      '/problems/{id}',
      v1(`/problems/${problem.id}`),
      assignee.token,
      { status: 'in_progress', version: 1 },
      200,
    );
    await call(
      'patch',
      '/problems/{id}',
      v1(`/problems/${problem.id}`),
      assignee.token,
      { status: 'in_progress', version: 1 },
      409,
    );
    await call(
      'post',
      '/problems/{id}/updates',
      v1(`/problems/${problem.id}/updates`),
      assignee.token,
      { text: '已对接' },
      201,
    );
    await call(
      'get',
      '/problems/{id}/updates',
      v1(`/problems/${problem.id}/updates`),
      staff.token,
      undefined,
      200,
    );
    await call(
      'get',
      '/problems/{id}/history',
      v1(`/problems/${problem.id}/history`),
      staff.token,
      undefined,
      200,
    );
    const order = (
      await call(
        'post',
        '/supervisions',
        v1('/supervisions'),
        supervisor.token,
        {
          leadId: lead.id,
          problemId: problem.id,
          instruction: '限期解决',
          assigneeIds: [assignee.id],
          dueDate: '2099-12-31',
        },
        201,
      )
    ).body;
    await call('get', '/supervisions', v1('/supervisions?assigneeId=me'), assignee.token, undefined, 200);
    await call('get', '/supervisions/{id}', v1(`/supervisions/${order.id}`), staff.token, undefined, 200);
    await call(
      'post',
      '/supervisions/{id}/acknowledge',
      v1(`/supervisions/${order.id}/acknowledge`),
      staff.token,
      {},
      403,
    );
    await call(
      'post',
      '/supervisions/{id}/acknowledge',
      v1(`/supervisions/${order.id}/acknowledge`),
      assignee.token,
      {},
      200,
    );
    await call(
      'post',
      '/supervisions/{id}/close',
      v1(`/supervisions/${order.id}/close`),
      supervisor.token,
      {},
      422,
    );
    await call(
      'post',
      '/supervisions/{id}/reports',
      v1(`/supervisions/${order.id}/reports`),
      assignee.token,
      { text: '完成', done: true },
      201,
    );
    await call(
      'post',
      '/supervisions/{id}/return',
      v1(`/supervisions/${order.id}/return`),
      supervisor.token,
      { reason: '再核实' },
      200,
    );
    await call(
      'post',
      '/supervisions/{id}/reports',
      v1(`/supervisions/${order.id}/reports`),
      assignee.token,
      { text: '已核实', done: true },
      201,
    );
    await call(
      'post',
      '/supervisions/{id}/close',
      v1(`/supervisions/${order.id}/close`),
      supervisor.token,
      { version: 1 },
      409,
    );
    await call(
      'post',
      '/supervisions/{id}/close',
      v1(`/supervisions/${order.id}/close`),
      supervisor.token,
      {},
      200,
    );
    await call(
      'get',
      '/supervisions/{id}/history',
      v1(`/supervisions/${order.id}/history`),
      staff.token,
      undefined,
      200,
    );
  });

  it('problems and supervision reports (issue 14)', async () => {
    const q = '?from=2024-01-01&to=2099-12-31';
    await call(
      'get',
      '/reports/problems',
      v1(`/reports/problems${q}&track=equipment`),
      supervisor.token,
      undefined,
      200,
    );
    await call('get', '/reports/problems', v1(`/reports/problems${q}`), staff.token, undefined, 403);
    await call('get', '/reports/supervisions', v1(`/reports/supervisions${q}`), admin, undefined, 200);
    await call(
      'get',
      '/reports/supervisions',
      v1('/reports/supervisions?from=2024-12-31&to=2024-01-01'),
      admin,
      undefined,
      400,
    );
  });

  it('saw a documented answer from every operation of the document', () => {
    expect(contract.operations.length).toBeGreaterThanOrEqual(34);
    expect(contract.unchecked()).toEqual([]);
  });
});
