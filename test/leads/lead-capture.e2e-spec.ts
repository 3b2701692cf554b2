import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { creditCode, leadBody, leadsApi } from './lead-fixtures';

describe('leads: capture, duplicates, read, edit', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let leads: ReturnType<typeof leadsApi>;
  let staff: { id: string; token: string };
  let other: { id: string; token: string };
  let supervisor: { id: string; token: string };
  const clock = new MutableClock(new Date('2024-06-01T02:00:00Z'));

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    leads = leadsApi(api);
    staff = await createUser(api, 'staff');
    other = await createUser(api, 'staff');
    supervisor = await createUser(api, 'supervisor');
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  it('creates a lead: 201, Location, the full representation with defaults', async () => {
    const code = creditCode();
    const res = await leads.create(staff.token, {
      companyName: '  晶科能源股份有限公司 ',
      projectName: '高效光伏组件项目',
      track: 'new_energy',
      plannedInvestmentWan: 1200000.5,
      creditCode: code.toLowerCase(),
      park: 'xiaohe',
      source: 'industry_chain',
      contactName: '李经理',
      contactPhone: '13800138000',
      notes: '首期 10GW',
      isProvincialKey: true,
    });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/leads/${res.body.id}`);
    expect(res.body).toEqual({
      id: expect.any(String),
      companyName: '晶科能源股份有限公司',
      creditCode: code,
      projectName: '高效光伏组件项目',
      track: 'new_energy',
      park: 'xiaohe',
      source: 'industry_chain',
      plannedInvestmentWan: '1200000.5000',
      signedAmountWan: null,
      stage: 'lead',
      pool: 'attraction',
      isProvincialKey: true,
      stageEnteredAt: '2024-06-01',
      stageDeadline: '2024-08-30',
      overdue: false,
      ownerId: staff.id,
      signedAt: null,
      landedAt: null,
      constructionStartedAt: null,
      productionStartedAt: null,
      approvals: {
        projectApproval: { status: 'pending', doneAt: null, documentNo: null },
        eia: { status: 'pending', doneAt: null, documentNo: null },
        land: { status: 'pending', doneAt: null, documentNo: null },
      },
      leaderId: null,
      warning: 'green',
      warningReasons: [],
      nextFollowUpAt: null,
      lastActivityAt: null,
      contactName: '李经理',
      contactPhone: '13800138000',
      notes: '首期 10GW',
      lostReason: null,
      version: 1,
      createdAt: '2024-06-01T02:00:00.000Z',
      updatedAt: expect.any(String),
      companyId: expect.any(String),
      projectType: 'new',
      chainLinkId: null,
      chainRole: null,
    });
    const read = await leads.get(other.token, res.body.id);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(res.body);
  });

  it('files a lead in 策划包装库 with pool "planning"', async () => {
    const res = await leads.create(staff.token, { pool: 'planning' });
    expect(res.status).toBe(201);
    expect(res.body.pool).toBe('planning');
  });

  it('names every bad field in one 400 and writes nothing', async () => {
    const before = (await leads.list(supervisor.token, '?limit=200')).body.items.length;
    const res = await leads.call('post', '/leads', staff.token, {
      companyName: '',
      track: 'steel',
      plannedInvestmentWan: '12.34567',
      creditCode: '91350100M000100Y44',
      park: 'nowhere',
      source: 'tv',
      contactPhone: '12345',
      notes: 'x'.repeat(5001),
      isProvincialKey: 'yes',
      pool: 'landing',
      extra: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(
      [
        'companyName',
        'contactPhone',
        'creditCode',
        'extra',
        'isProvincialKey',
        'notes',
        'park',
        'plannedInvestmentWan',
        'pool',
        'projectName',
        'source',
        'track',
      ].sort(),
    );
    expect((await leads.list(supervisor.token, '?limit=200')).body.items.length).toBe(before);
  });

  it.each([
    ['0', '金额须大于0'],
    ['-5', '金额须大于0，最多4位小数'],
    ['100000000.0001', '金额不能超过100000000万元（1万亿元）'],
    [1.23456, '金额须大于0，最多4位小数'],
    ['1e5', '金额须大于0，最多4位小数'],
    [null, '不能为空'],
  ])('refuses plannedInvestmentWan %p', async (amount: string | number | null, message: string) => {
    const res = await leads.create(staff.token, { plannedInvestmentWan: amount });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['plannedInvestmentWan']);
    expect(res.body.errors[0].message).toBe(message);
  });

  it('accepts the largest amount and keeps it exact', async () => {
    const res = await leads.create(staff.token, { plannedInvestmentWan: '99999999.9999' });
    expect(res.status).toBe(201);
    expect(res.body.plannedInvestmentWan).toBe('99999999.9999');
  });

  it('NUL bytes and over-long strings are 400, never 500', async () => {
    const nul = await leads.create(staff.token, { companyName: 'a\u0000b' });
    expect(nul.status).toBe(400);
    const long = await leads.create(staff.token, {
      companyName: '晶'.repeat(201),
      projectName: 'p'.repeat(10_000),
    });
    expect(long.status).toBe(400);
    expect(long.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'companyName',
      'projectName',
    ]);
    const q = await leads.list(staff.token, `?q=${encodeURIComponent('a\u0000')}`);
    expect(q.status).toBe(400);
  });

  it('a second open lead for the same company and project is 409 DUPLICATE_LEAD with existingLeadId', async () => {
    const first = await leads.create(staff.token, {
      companyName: 'BYD 比亚迪股份有限公司',
      projectName: '刀片电池 项目',
    });
    expect(first.status).toBe(201);
    // Full-width letters, extra and ideographic spaces, other case: the same company and project.
    const dup = await leads.create(other.token, {
      companyName: 'ｂｙｄ　比亚迪股份有限公司 ',
      projectName: '刀片电池项目',
    });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'DUPLICATE_LEAD', existingLeadId: first.body.id });
    // Another project of the same company is not a duplicate.
    expect(
      (await leads.create(other.token, { companyName: 'BYD 比亚迪股份有限公司', projectName: '储能项目' }))
        .status,
    ).toBe(201);
  });

  it('matches the company by credit code even under another name', async () => {
    const code = creditCode();
    const first = await leads.create(staff.token, {
      companyName: '泰山玻璃纤维有限公司',
      projectName: '玻纤产线',
      creditCode: code,
    });
    const dup = await leads.create(staff.token, {
      companyName: '泰山玻纤',
      projectName: '玻纤产线',
      creditCode: code,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.existingLeadId).toBe(first.body.id);
  });

  it('a lost lead does not block a new one', async () => {
    const first = await leads.create(staff.token, { companyName: '烁科晶体', projectName: '碳化硅衬底' });
    const lost = await leads.move(staff.token, first.body.id, { to: 'lost', reason: '企业放弃', version: 1 });
    expect(lost.status).toBe(200);
    expect(
      (await leads.create(staff.token, { companyName: '烁科晶体', projectName: '碳化硅衬底' })).status,
    ).toBe(201);
  });

  it('two simultaneous creates of one company and project: one 201, one 409', async () => {
    for (let round = 0; round < 3; round++) {
      const body = leadBody({ companyName: `并发测试公司${round}`, projectName: '并发项目' });
      const results = await Promise.all(
        [0, 1, 2, 3].map(() => leads.call('post', '/leads', staff.token, body)),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409]);
      const created = results.find((r) => r.status === 201)!;
      for (const r of results.filter((x) => x.status === 409))
        expect(r.body.existingLeadId).toBe(created.body.id);
    }
  });

  it('ownerId and leaderId: supervisors only, checked', async () => {
    const forbidden = await leads.create(staff.token, { ownerId: other.id });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    const badLeader = await leads.create(supervisor.token, {
      leaderId: staff.id,
      ownerId: '00000000-0000-4000-8000-000000000000',
    });
    expect(badLeader.status).toBe(400);
    expect(badLeader.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'leaderId',
      'ownerId',
    ]);
    const ok = await leads.create(supervisor.token, { ownerId: other.id, leaderId: supervisor.id });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ ownerId: other.id, leaderId: supervisor.id });
  });

  it('malformed id 400, unknown id 404', async () => {
    expect((await leads.get(staff.token, 'not-a-uuid')).status).toBe(400);
    const unknown = await leads.get(staff.token, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    expect(
      (await leads.patch(staff.token, '00000000-0000-4000-8000-000000000000', { version: 1, notes: 'x' }))
        .status,
    ).toBe(404);
  });

  it('PATCH: owner edits with the current version; stale version 409 and nothing changes', async () => {
    const lead = (await leads.create(staff.token)).body;
    const ok = await leads.patch(staff.token, lead.id, {
      version: 1,
      notes: '已拜访',
      park: 'tanghuai',
      contactPhone: '0351-7654321',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      version: 2,
      notes: '已拜访',
      park: 'tanghuai',
      contactPhone: '0351-7654321',
    });
    const stale = await leads.patch(staff.token, lead.id, { version: 1, notes: '覆盖' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect((await leads.get(staff.token, lead.id)).body.notes).toBe('已拜访');
    const cleared = await leads.patch(staff.token, lead.id, { version: 2, park: null });
    expect(cleared.body).toMatchObject({ park: null, version: 3 });
    expect((await leads.patch(staff.token, lead.id, { notes: 'x' })).status).toBe(400);
    expect((await leads.patch(staff.token, lead.id, { version: 3, stage: 'signed' })).status).toBe(400);
    expect((await leads.patch(staff.token, lead.id, { version: 3, companyName: null })).status).toBe(400);
  });

  it('PATCH: staff change only their own leads; owner, leader and deadline only by supervisors', async () => {
    const lead = (await leads.create(staff.token)).body;
    expect((await leads.patch(other.token, lead.id, { version: 1, notes: 'x' })).status).toBe(403);
    expect((await leads.patch(staff.token, lead.id, { version: 1, ownerId: other.id })).status).toBe(403);
    expect(
      (await leads.patch(staff.token, lead.id, { version: 1, stageDeadline: '2024-12-31' })).status,
    ).toBe(403);
    expect((await leads.patch(staff.token, lead.id, { version: 1, leaderId: supervisor.id })).status).toBe(
      403,
    );
    const sup = await leads.patch(supervisor.token, lead.id, {
      version: 1,
      ownerId: other.id,
      leaderId: supervisor.id,
      stageDeadline: '2024-05-31',
    });
    expect(sup.status).toBe(200);
    expect(sup.body).toMatchObject({
      ownerId: other.id,
      leaderId: supervisor.id,
      stageDeadline: '2024-05-31',
      overdue: true,
      warning: 'red',
    });
    expect((await leads.patch(supervisor.token, lead.id, { version: 2, leaderId: other.id })).status).toBe(
      400,
    );
    expect((await leads.patch(other.token, lead.id, { version: 2, notes: '接手' })).status).toBe(200);
  });

  it('PATCH that makes a duplicate is 409 DUPLICATE_LEAD', async () => {
    const a = (await leads.create(staff.token, { companyName: '太钢不锈', projectName: '精密带钢' })).body;
    const b = (await leads.create(staff.token, { companyName: '太钢不锈', projectName: '精密带钢二期' }))
      .body;
    const res = await leads.patch(staff.token, b.id, { version: 1, projectName: '精密 带钢' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'DUPLICATE_LEAD', existingLeadId: a.id });
  });

  it('signedAmountWan may be set by PATCH only before signing', async () => {
    const lead = (await leads.create(staff.token)).body;
    const pre = await leads.patch(staff.token, lead.id, { version: 1, signedAmountWan: '300' });
    expect(pre.body.signedAmountWan).toBe('300.0000');
    const signed = await leads.move(staff.token, lead.id, { to: 'signed', version: 2 });
    expect(signed.status).toBe(200);
    expect(signed.body.signedAmountWan).toBe('300.0000');
    const after = await leads.patch(staff.token, lead.id, { version: 3, signedAmountWan: '400' });
    expect(after.status).toBe(400);
    expect(after.body.errors[0].field).toBe('signedAmountWan');
  });

  it('records every change in the audit trail with who, when, old and new', async () => {
    const lead = (await leads.create(staff.token, { notes: '初次' })).body;
    await leads.patch(staff.token, lead.id, { version: 1, notes: '二次', isProvincialKey: true });
    const audit = await leads.call('get', `/leads/${lead.id}/audit`, other.token);
    expect(audit.status).toBe(200);
    expect(audit.body).toHaveLength(2);
    expect(audit.body[0]).toMatchObject({ userId: staff.id, action: 'created', at: expect.any(String) });
    expect(audit.body[0].changes.notes).toEqual([null, '初次']);
    expect(audit.body[1]).toEqual({
      at: expect.any(String),
      userId: staff.id,
      action: 'updated',
      changes: { notes: ['初次', '二次'], isProvincialKey: [false, true] },
    });
  });

  it('of concurrent PATCHes based on one version exactly one wins; the others are 409', async () => {
    const lead = (await leads.create(staff.token)).body;
    const results = await Promise.all(
      ['甲', '乙', '丙', '丁'].map((n) => leads.patch(staff.token, lead.id, { version: 1, notes: n })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = results.find((r) => r.status === 200)!.body.notes as string;
    expect((await leads.get(staff.token, lead.id)).body).toMatchObject({ notes: winner, version: 2 });
  });

  it('a body over 1 MiB is 413 and writes nothing', async () => {
    const count = async () => (await leads.list(supervisor.token, '?limit=200')).body.items.length as number;
    const before = await count();
    const res = await leads.create(staff.token, { notes: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect(await count()).toBe(before);
  });

  it('publishes every leads route in the OpenAPI document', async () => {
    const doc = (await api.http().get('/api/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const paths = Object.keys(doc.paths).filter((p) => p.includes('/leads'));
    expect(paths.sort()).toEqual(
      [
        '/api/v1/leads',
        '/api/v1/leads/counts',
        '/api/v1/leads/names',
        '/api/v1/leads/export.xlsx',
        '/api/v1/leads/import',
        '/api/v1/leads/{id}',
        '/api/v1/leads/{id}/activities',
        '/api/v1/leads/{id}/approvals/{kind}',
        '/api/v1/leads/{id}/audit',
        '/api/v1/leads/{id}/investments',
        '/api/v1/leads/{id}/investments/{month}',
        '/api/v1/leads/{id}/plans',
        '/api/v1/leads/{id}/plans/{year}',
        '/api/v1/leads/{id}/problems',
        '/api/v1/leads/{id}/results',
        '/api/v1/leads/{id}/results/{quarter}',
        '/api/v1/leads/{id}/transitions',
      ].sort(),
    );
    expect(Object.keys(doc.paths['/api/v1/leads']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/v1/leads/{id}']).sort()).toEqual(['get', 'patch']);
  });
});
