import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { OpenApiContract } from '../support/openapi-contract';
import { leadsApi } from '../leads/lead-fixtures';
import { problemsApi } from './problem-fixtures';

type U = { id: string; token: string };

/**
 * 亮灯 with reasons: the lead's warning turns red when a problem or 督办 is past due and yellow when a problem is
 * open too long, with the configured thresholds; the list's `warning` filter and the counts say the same.
 */
describe('lead warning: problems, 督办 and the 预警配置', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let p: ReturnType<typeof problemsApi>;
  let leads: ReturnType<typeof leadsApi>;
  let owner: U, assignee: U, boss: U;
  let admin: string;
  let leadId: string;
  let departmentId: string;
  const clock = new MutableClock(new Date('2024-06-03T02:00:00Z'));

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    p = problemsApi(api, new OpenApiContract((await api.http().get('/api/docs-json')).body));
    leads = leadsApi(api);
    [owner, assignee, boss] = await Promise.all([
      createUser(api, 'staff'),
      createUser(api, 'staff'),
      createUser(api, 'supervisor'),
    ]);
    admin = api.adminToken;
    leadId = (await leads.create(owner.token)).body.id; // stage deadline 2024-09-01
    departmentId = (await p.department(admin, '区行政审批局')).body.id;
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  /** The lead's colour and reasons, checked against the list filter and the counts of the same moment. */
  async function state(): Promise<[string | null, string[]]> {
    const lead = await p.call('get', '/leads/{id}', `/leads/${leadId}`, owner.token, undefined, 200);
    const { warning, warningReasons } = lead.body as { warning: string; warningReasons: string[] };
    for (const colour of ['red', 'yellow', 'green']) {
      const listed = (await leads.list(owner.token, `?warning=${colour}&ownerId=me`)).body.items.map(
        (l: { id: string }) => l.id,
      );
      expect([colour, listed.includes(leadId)]).toEqual([colour, colour === warning]);
    }
    const counts = await leads.call('get', '/leads/counts?ownerId=me', owner.token);
    expect(counts.body[warning]).toBe(1);
    return [warning, warningReasons];
  }
  const at = (date: string) => clock.set(`${date}T02:00:00Z`);

  it('turns red when a problem falls due and back when it is resolved', async () => {
    expect(await state()).toEqual(['green', []]);
    const problem = (
      await p.raise(owner.token, leadId, {
        category: 'permits',
        description: '施工许可证办理受阻',
        departmentId,
        assigneeId: assignee.id,
        dueDate: '2024-06-10',
      })
    ).body;
    at('2024-06-10');
    expect(await state()).toEqual(['green', []]);
    at('2024-06-11');
    expect(await state()).toEqual(['red', ['problem_overdue']]);
    await p.patch(assignee.token, problem.id, {
      status: 'resolved',
      resolution: '已办理施工许可',
      version: 1,
    });
    expect(await state()).toEqual(['green', []]);
  });

  it('turns yellow when a problem is open longer than problemAgingDays, following the setting', async () => {
    at('2024-06-11');
    await p.raise(owner.token, leadId, {
      category: 'finance',
      description: '贷款审批慢',
      departmentId,
      dueDate: '2024-08-30',
    });
    at('2024-06-25'); // 14 days: not longer yet
    expect(await state()).toEqual(['green', []]);
    at('2024-06-26');
    expect(await state()).toEqual(['yellow', ['problem_aging']]);
    const put = (body: object) => p.call('put', '/settings/warning', '/settings/warning', admin, body, 200);
    await put({ deadlineSoonDays: 7, noActivityDays: 30, problemAgingDays: 30 });
    expect(await state()).toEqual(['green', []]);
    // The stage thresholds are configurable too: the deadline (2024-09-01) within 70 days, 10 quiet days.
    await put({ deadlineSoonDays: 70, noActivityDays: 10, problemAgingDays: 30 });
    expect(await state()).toEqual(['yellow', ['deadline_soon', 'no_activity']]);
    await put({ deadlineSoonDays: 7, noActivityDays: 30, problemAgingDays: 30 });
  });

  it('turns red when a 督办 is past due until it is reported done', async () => {
    at('2024-06-26');
    const order = (
      await p.issue(boss.token, {
        leadId,
        instruction: '请尽快协调贷款审批',
        assigneeIds: [assignee.id],
        dueDate: '2024-06-27',
      })
    ).body;
    at('2024-06-28');
    expect(await state()).toEqual(['red', ['supervision_overdue']]);
    // The supervisors' weekly digest shows the open problems and overdue orders (a preview sends nothing).
    const preview = await api
      .http()
      .get(`/api/v1/digests/preview?week=2024-W27&userId=${boss.id}`)
      .set('Authorization', `Bearer ${admin}`);
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('问题与督办');
    expect(preview.text).toMatch(/未办结问题[\s\S]*?1个/);
    expect(preview.text).toMatch(/逾期督办[\s\S]*?1件/);
    await p.act(assignee.token, order.id, 'acknowledge', {});
    expect(await state()).toEqual(['red', ['supervision_overdue']]);
    await p.report(assignee.token, order.id, { text: '已协调完成', done: true });
    expect(await state()).toEqual(['green', []]);
    // 2024-07-12: the finance problem is 31 days old (over the 30 configured), the lead quiet for 39 days.
    at('2024-07-12');
    expect(await state()).toEqual(['yellow', ['no_activity', 'problem_aging']]);
  });

  it('gives closed leads no warning and no reasons', async () => {
    at('2024-07-12');
    const lead = (await leads.get(owner.token, leadId)).body;
    const lost = await leads.move(owner.token, leadId, {
      to: 'lost',
      reason: '企业放弃',
      version: lead.version,
    });
    expect(lost.status).toBe(200);
    expect([lost.body.warning, lost.body.warningReasons]).toEqual([null, []]);
  });
});
