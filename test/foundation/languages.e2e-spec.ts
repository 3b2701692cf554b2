import type { Response } from 'supertest';
import { useApi, createUser } from '../support/harness';
import { leadBody } from '../leads/lead-fixtures';

/**
 * Every text a user reads in a problem document (title, detail, errors[].message) is Chinese by default and
 * English for `Accept-Language: en`; `status`, `code` and each `field` are the same in both. One representative
 * error of each kind: class-validator fields, a domain rule, a stage gate, 401, 403, 404, 409, 422, 429.
 */
describe('problem documents in Chinese and English', () => {
  const t = useApi();
  let staff: { id: string; token: string };
  let other: { id: string; token: string };

  beforeAll(async () => {
    staff = await createUser(t.api, 'staff');
    other = await createUser(t.api, 'staff');
  });

  type Lang = 'zh' | 'en';
  const call = (lang: Lang, method: 'get' | 'post' | 'patch' | 'put', path: string, token?: string) => {
    let req = t.api.http()[method](`/api/v1${path}`);
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    // No header at all is Chinese; a browser's English preference list is English.
    return lang === 'en' ? req.set('Accept-Language', 'en-GB,en;q=0.9,zh-CN;q=0.5') : req;
  };
  const createLead = async (over: Record<string, unknown> = {}) => {
    const res = await call('zh', 'post', '/leads', staff.token).send(leadBody(over));
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  };

  const CJK = /[\u4e00-\u9fff]/;
  /** The texts of a problem document a user reads. */
  const texts = (body: { title: string; detail: string; errors?: { message: string }[] }) => [
    body.title,
    body.detail,
    ...(body.errors ?? []).map((e) => e.message),
  ];
  /** What must not change with the language. */
  const invariant = (res: Response) => ({
    status: res.status,
    contentType: res.headers['content-type'],
    code: res.body.code,
    fields: (res.body.errors ?? []).map((e: { field: string }) => e.field),
  });

  /** Sends the same request in both languages and checks what both must share. */
  async function both(send: (lang: Lang) => Promise<Response>, status: number, code: string) {
    const zh = await send('zh');
    const en = await send('en');
    expect(invariant(zh)).toEqual(invariant(en));
    expect(zh.status).toBe(status);
    expect(zh.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(zh.body.code).toBe(code);
    for (const text of texts(zh.body)) expect(text).toMatch(CJK);
    expect(en.body.title).toMatch(/^[A-Za-z ]+$/);
    for (const text of texts(en.body)) expect(text).toMatch(/[A-Za-z]{2,}/);
    return { zh: zh.body, en: en.body };
  }

  it('400 from the DTO validators: each field named, messages a form would show', async () => {
    const body = leadBody({
      track: 'steel',
      creditCode: '91350100M000100Y44',
      companyName: '企'.repeat(201),
      plannedInvestmentWan: '0',
      contactPhone: '12345',
      isProvincialKey: 'yes',
      colour: 'red',
    });
    delete body.projectName;
    const { zh, en } = await both(
      (l) => call(l, 'post', '/leads', staff.token).send(body),
      400,
      'VALIDATION_FAILED',
    );
    expect(zh.title).toBe('请求无效');
    expect(zh.detail).toBe('请求中有不符合要求的字段。');
    const byField = (b: { errors: { field: string; message: string }[] }) =>
      Object.fromEntries(b.errors.map((e) => [e.field, e.message]));
    expect(byField(zh)).toEqual({
      creditCode: '统一社会信用代码校验位不正确',
      contactPhone: '须为大陆手机号码或固定电话号码',
      companyName: '长度须为1至200个字符',
      projectName: '必填',
      track: '须为以下之一：equipment、new_energy、new_materials、semiconductors',
      plannedInvestmentWan: '金额须大于0',
      isProvincialKey: '须为 true 或 false',
      colour: '不是允许的字段',
    });
    expect(byField(en)).toEqual({
      creditCode: 'has a wrong check character (GB 32100-2015)',
      contactPhone: 'must be a mainland mobile or landline number',
      companyName: 'must be 1 to 200 characters long',
      projectName: 'is required',
      track: 'must be one of equipment, new_energy, new_materials, semiconductors',
      plannedInvestmentWan: 'must be greater than 0',
      isProvincialKey: 'must be true or false',
      colour: 'is not an allowed field',
    });
  });

  it('400 for query and path parameters', async () => {
    const query = await both(
      (l) => call(l, 'get', '/leads?limit=500&stage=done&ownerId=someone', staff.token),
      400,
      'VALIDATION_FAILED',
    );
    expect(query.zh.errors).toEqual([
      { field: 'limit', message: '不能大于200' },
      { field: 'stage', message: '须为以下之一：lead、signed、landed、construction、production、lost' },
      { field: 'ownerId', message: '须为用户编号（UUID）或 me' },
    ]);
    expect(query.en.errors[0]).toEqual({ field: 'limit', message: 'must not be greater than 200' });
    const path = await both(
      (l) => call(l, 'get', '/leads/not-a-uuid', staff.token),
      400,
      'VALIDATION_FAILED',
    );
    expect(path.zh.errors).toEqual([{ field: 'id', message: '须为 UUID 格式的编号' }]);
    expect(path.en.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });

  it('400 from a domain rule in a service (an activity in the future)', async () => {
    const lead = await createLead();
    const { zh, en } = await both(
      (l) =>
        call(l, 'post', `/leads/${lead.id}/activities`, staff.token).send({
          kind: 'visit',
          occurredAt: '2999-01-01T09:00:00+08:00',
          summary: '   ',
        }),
      400,
      'VALIDATION_FAILED',
    );
    expect(zh.errors).toEqual([
      { field: 'occurredAt', message: '不能晚于当前时间' },
      { field: 'summary', message: '不能为空' },
    ]);
    expect(en.errors).toEqual([
      { field: 'occurredAt', message: 'must not be in the future' },
      { field: 'summary', message: 'must not be empty' },
    ]);
  });

  it('422 STAGE_GATE_UNMET names what is missing (立项未完成), 422 STAGE_SKIP names the next stage', async () => {
    const lead = await createLead();
    const signed = await call('zh', 'post', `/leads/${lead.id}/transitions`, staff.token).send({
      to: 'signed',
      signedAmountWan: '1000',
      version: lead.version,
    });
    expect(signed.status).toBe(200);
    const gate = await both(
      (l) =>
        call(l, 'post', `/leads/${lead.id}/transitions`, staff.token).send({
          to: 'landed',
          version: signed.body.version,
        }),
      422,
      'STAGE_GATE_UNMET',
    );
    expect(gate.zh).toMatchObject({
      title: '不符合业务规则',
      detail: '进入落地阶段的条件未满足：立项未完成；环评未完成；土地未完成。',
      errors: [
        { field: 'approvals.project_approval', message: '立项未完成' },
        { field: 'approvals.eia', message: '环评未完成' },
        { field: 'approvals.land', message: '土地未完成' },
      ],
    });
    expect(gate.en.errors[0]).toEqual({ field: 'approvals.project_approval', message: 'is not done (立项)' });

    const skip = await both(
      (l) =>
        call(l, 'post', `/leads/${lead.id}/transitions`, staff.token).send({
          to: 'construction',
          version: signed.body.version,
        }),
      422,
      'STAGE_SKIP',
    );
    expect(skip.zh.detail).toBe('项目须逐级推进，下一阶段是落地。');
    expect(skip.en.detail).toBe('Forward moves go one stage at a time: signed → landed.');
  });

  it('401 for a wrong password, 403 for a staff member changing a colleague’s lead, 404 for an unknown lead', async () => {
    const unauth = await both(
      (l) => call(l, 'post', '/auth/login').send({ email: 'nobody@luodi.test', password: 'wrong-password' }),
      401,
      'UNAUTHENTICATED',
    );
    expect(unauth.zh).toMatchObject({ title: '未登录或登录已失效', detail: '邮箱或密码不正确。' });
    expect(unauth.en).toMatchObject({ title: 'Unauthorized', detail: 'The email or password is incorrect.' });

    const lead = await createLead();
    const forbidden = await both(
      (l) =>
        call(l, 'patch', `/leads/${lead.id}`, other.token).send({ notes: '改一下', version: lead.version }),
      403,
      'FORBIDDEN',
    );
    expect(forbidden.zh.detail).toBe('招商专员只能修改自己负责的项目。');

    const missing = await both(
      (l) => call(l, 'get', '/leads/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11', staff.token),
      404,
      'NOT_FOUND',
    );
    expect(missing.zh).toMatchObject({ title: '未找到', detail: '未找到该项目。' });
    expect(missing.en).toMatchObject({ title: 'Not Found', detail: 'Lead was not found.' });
  });

  it('409 DUPLICATE_LEAD and VERSION_CONFLICT', async () => {
    const first = leadBody();
    await createLead(first);
    const duplicate = await both(
      (l) => call(l, 'post', '/leads', staff.token).send(first),
      409,
      'DUPLICATE_LEAD',
    );
    expect(duplicate.zh.detail).toBe('该企业的这个项目已有一条未终止的线索。');
    expect(duplicate.zh.existingLeadId).toBe(duplicate.en.existingLeadId);

    const lead = await createLead();
    const stale = await both(
      (l) =>
        call(l, 'patch', `/leads/${lead.id}`, staff.token).send({ notes: '备注', version: lead.version + 5 }),
      409,
      'VERSION_CONFLICT',
    );
    expect(stale.zh.detail).toBe('该记录已被他人修改，请刷新后重试。');
  });

  it('429 RATE_LIMITED after repeated failed logins', async () => {
    const login = (l: Lang) =>
      call(l, 'post', '/auth/login').send({ email: 'guess@luodi.test', password: 'not-the-password' });
    for (let i = 0; i < 5; i++) expect((await login('zh')).status).toBe(401);
    const { zh, en } = await both(login, 429, 'RATE_LIMITED');
    expect(zh).toMatchObject({ title: '请求过于频繁', detail: '尝试次数过多，请稍后再试。' });
    expect(en).toMatchObject({ title: 'Too Many Requests', detail: 'Too many attempts; try again later.' });
  });

  it('the queues UI answers its own 401 and 403 in the request language', async () => {
    const zh = await t.api.http().get('/admin/queues');
    const en = await t.api.http().get('/admin/queues').set('Accept-Language', 'en');
    expect(zh.status).toBe(401);
    expect(zh.body).toMatchObject({
      title: '未登录或登录已失效',
      detail: '请先登录。',
      code: 'UNAUTHENTICATED',
    });
    expect(en.body).toMatchObject({
      title: 'Unauthorized',
      detail: 'Authentication is required.',
      code: 'UNAUTHENTICATED',
    });
    const staffZh = await t.api.http().get('/admin/queues').set('Authorization', `Bearer ${staff.token}`);
    expect(staffZh.status).toBe(403);
    expect(staffZh.body).toMatchObject({ detail: '任务队列页面仅限管理员访问。', code: 'FORBIDDEN' });
  });

  it('import row errors follow the request language too', async () => {
    const csv = Buffer.from('企业名称,项目名称,产业赛道,计划投资额（万元）\n某公司,某项目,钢铁,-1\n', 'utf8');
    const send = (l: Lang) =>
      call(l, 'post', '/leads/import?dryRun=true', staff.token).attach('file', csv, 'leads.csv');
    const zh = await send('zh');
    const en = await send('en');
    expect(zh.status).toBe(200);
    expect(zh.body.errors).toEqual([
      {
        row: 2,
        field: 'track',
        message: '须为以下之一：高端装备制造、新能源、新材料、先进半导体（或其代码）',
      },
      { row: 2, field: 'plannedInvestmentWan', message: '金额须大于0，最多4位小数' },
    ]);
    expect(en.body.errors).toEqual([
      {
        row: 2,
        field: 'track',
        message: 'must be one of equipment, new_energy, new_materials, semiconductors (or its Chinese name)',
      },
      {
        row: 2,
        field: 'plannedInvestmentWan',
        message: 'must be a positive decimal with at most 4 fraction digits',
      },
    ]);
  });
});
