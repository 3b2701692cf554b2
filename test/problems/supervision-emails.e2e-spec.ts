import { INestApplicationContext } from '@nestjs/common';
import { ApiHandle, createTestEnv, createUser, startApi, startWorker, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { OpenApiContract } from '../support/openapi-contract';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { MAIL_SETTINGS } from '@luodi/notifications';
import { JobName, QueueName } from '@luodi/queues';
import { SmtpTestServer } from '../worker/smtp-test-server';
import { settle, waitFor } from '../worker/wait-for';
import {
  deleteQueueKeys,
  FAST_MAIL,
  NO_RECENT_DIGEST,
  TestQueues,
  WorkerFixtures,
} from '../worker/worker-fixtures';
import { leadsApi } from '../leads/lead-fixtures';
import { problemsApi } from './problem-fixtures';

type U = { id: string; email: string; token: string };

/**
 * The emails of 问题台账与督办, through the real API, worker, Redis and an SMTP server with a test clock: a new
 * order to each assignee, one before its deadline, an overdue order to the issuer and an overdue problem to its
 * assignee and the lead's owner, each once, in that person's daily 督办清单.
 */
describe('督办 and problem emails in the daily 督办清单 (real API, worker and SMTP)', () => {
  const smtp = new SmtpTestServer();
  const clock = new MutableClock(new Date('2025-03-03T02:00:00Z'));
  let env: TestEnv;
  let api: ApiHandle;
  let worker: INestApplicationContext;
  let db: WorkerFixtures;
  let queues: TestQueues;
  let p: ReturnType<typeof problemsApi>;

  beforeAll(async () => {
    await smtp.start();
    env = await createTestEnv({
      SMTP_URL: smtp.url,
      APP_BASE_URL: 'https://luodi.example.cn',
      DIGEST_CRON: NO_RECENT_DIGEST,
    });
    api = await startApi(env, { clock });
    db = new WorkerFixtures(env.config);
    queues = new TestQueues(env.config);
    worker = await startWorker(env, WorkerModule, {
      clock,
      configure: (b) => b.overrideProvider(MAIL_SETTINGS).useValue(FAST_MAIL),
    });
    p = problemsApi(api, new OpenApiContract((await api.http().get('/api/docs-json')).body));
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await queues?.close();
    await db?.close();
    await smtp.stop();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  async function scan(today: string): Promise<void> {
    clock.set(`${today}T02:00:00Z`);
    await queues.run(QueueName.Reminders, JobName.ReminderScan, { today });
  }
  async function settled(count: number): Promise<void> {
    await waitFor(
      async () => (await db.pendingCount()) === 0 && smtp.received.length >= count,
      `${count} emails and nothing pending`,
    );
    await settle(300);
    expect(smtp.received.map((m) => `${m.to.join(',')} ${m.subject}`)).toHaveLength(count);
  }
  const day = (date: string) => clock.set(`${date}T02:00:00Z`);

  it('sends each notice once, in the daily lists, as the order and the problem go through their lives', async () => {
    const [owner, a, b, boss] = (await Promise.all([
      createUser(api, 'staff', 'wang-fang'),
      createUser(api, 'staff', 'li-qiang'),
      createUser(api, 'staff', 'zhao-min'),
      createUser(api, 'supervisor', 'chen-jun'),
    ])) as U[];
    const lead = (
      await leadsApi(api).create(owner.token, { companyName: '太重集团', projectName: '风电主轴生产线' })
    ).body;
    const departmentId = (await p.department(api.adminToken, '国网太原供电公司')).body.id;
    const problem = (
      await p.raise(owner.token, lead.id, {
        category: 'power',
        description: '用电增容方案未批复',
        departmentId,
        assigneeId: a.id,
        dueDate: '2025-03-05',
      })
    ).body;
    const order = (
      await p.issue(boss.token, {
        leadId: lead.id,
        problemId: problem.id,
        instruction: '请于3月10日前协调解决用电增容',
        assigneeIds: [a.id, b.id],
        dueDate: '2025-03-10',
      })
    ).body;

    // Day 1: each assignee's list names the new order; nobody else gets anything.
    await scan('2025-03-03');
    await settled(2);
    for (const who of [a, b]) {
      const [mail] = smtp.to(who.email);
      expect(mail.subject).toBe('【督办清单】3月3日：1个项目需要您关注');
      expect(mail.text).toContain('督办事项');
      expect(mail.text).toContain('太重集团·风电主轴生产线');
      expect(mail.text).toContain('请于3月10日前协调解决用电增容');
      expect(mail.text).toContain('7天后到期');
      expect(mail.text).toContain(`https://luodi.example.cn/leads/${lead.id}`);
    }
    await scan('2025-03-03'); // again: nothing more
    await settled(2);

    day('2025-03-04');
    await p.act(a.token, order.id, 'acknowledge', {});
    await p.act(b.token, order.id, 'acknowledge', {});

    // Day 4: the problem (due 3月5日) is overdue: to its assignee and the lead's owner.
    await scan('2025-03-06');
    await settled(4);
    for (const who of [a, owner]) {
      const mail = smtp.to(who.email).at(-1)!;
      expect(mail.subject).toBe('【督办清单】3月6日：1个项目需要您关注');
      expect(mail.text).toContain('逾期未办结的问题');
      expect(mail.text).toContain('用电：用电增容方案未批复');
      expect(mail.text).toContain('逾期1天');
    }

    // The day before the deadline: each assignee is reminded once (not again on the day itself).
    await scan('2025-03-09');
    await settled(6);
    for (const who of [a, b]) expect(smtp.to(who.email).at(-1)!.text).toContain('1天后到期');
    await scan('2025-03-10');
    await settle(500);
    expect(smtp.received).toHaveLength(6);

    // The day after: the issuer learns it is overdue.
    await scan('2025-03-11');
    await settled(7);
    const late = smtp.to(boss.email);
    expect(late).toHaveLength(1);
    expect(late[0].subject).toBe('【督办清单】3月11日：1个项目需要您关注');
    expect(late[0].text).toContain('逾期1天');
    expect(late[0].text).toContain('已签收');

    // Reported, returned, reported again and closed: nothing more is owed.
    day('2025-03-11');
    await p.report(a.token, order.id, { text: '已接入', done: true });
    await p.act(boss.token, order.id, 'return', { reason: '尚未通电' });
    await p.report(b.token, order.id, { text: '已通电', done: true });
    await p.act(boss.token, order.id, 'close', {});
    await p.patch(a.token, problem.id, {
      status: 'resolved',
      resolution: '已批复增容',
      version: problem.version,
    });
    await scan('2025-03-12');
    await scan('2025-03-13');
    await settle(800);
    expect(smtp.received).toHaveLength(7);

    // Each notice once in the ledger, sent in the list of its day.
    const ledger = await db.pool.query<{ kind: string; n: number; sent: number }>(
      `SELECT kind, count(*)::int AS n, count(*) FILTER (WHERE status = 'sent' AND delivered_by IS NOT NULL)::int AS sent
       FROM notifications WHERE kind <> 'daily_duban' GROUP BY kind ORDER BY kind`,
    );
    expect(ledger.rows).toEqual([
      { kind: 'problem_overdue', n: 2, sent: 2 },
      { kind: 'supervision_due_soon', n: 2, sent: 2 },
      { kind: 'supervision_issued', n: 2, sent: 2 },
      { kind: 'supervision_overdue', n: 1, sent: 1 },
    ]);
  });

  it('skips a notice whose order was closed before the list went out', async () => {
    day('2025-04-01');
    const sent = smtp.received.length;
    const [a, boss] = (await Promise.all([createUser(api, 'staff'), createUser(api, 'supervisor')])) as U[];
    const lead = (await leadsApi(api).create(boss.token)).body;
    const order = (
      await p.issue(boss.token, {
        leadId: lead.id,
        instruction: '尽快办理',
        assigneeIds: [a.id],
        dueDate: '2025-04-30',
      })
    ).body;
    await p.act(a.token, order.id, 'acknowledge', {});
    await p.report(a.token, order.id, { text: '已办', done: true });
    await p.act(boss.token, order.id, 'close', {});
    await scan('2025-04-01');
    await settle(800);
    expect(smtp.received).toHaveLength(sent);
    const rows = await db.notifications(`kind = 'supervision_issued' AND user_id = $1`, [a.id]);
    expect(rows).toHaveLength(0); // a closed order owes no notice at all
  });
});
