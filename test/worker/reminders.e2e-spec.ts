import { INestApplicationContext } from '@nestjs/common';
import { createTestEnv, startWorker, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { MAIL_SETTINGS, MailQueueService, ReminderScanService } from '@luodi/notifications';
import { JobName, QueueName } from '@luodi/queues';
import { SmtpTestServer } from './smtp-test-server';
import { settle, waitFor } from './wait-for';
import { deleteQueueKeys, FAST_MAIL, NO_RECENT_DIGEST, TestQueues, WorkerFixtures } from './worker-fixtures';

describe('stage-deadline reminders (real worker, Redis and SMTP)', () => {
  const smtp = new SmtpTestServer();
  const clock = new MutableClock(new Date('2024-04-01T02:00:00Z'));
  let env: TestEnv;
  let worker: INestApplicationContext;
  let db: WorkerFixtures;
  let queues: TestQueues;

  const boot = (c = clock) =>
    startWorker(env, WorkerModule, {
      clock: c,
      configure: (b) => b.overrideProvider(MAIL_SETTINGS).useValue(FAST_MAIL),
    });

  /** Runs the reminder scan for a zone date (10:00 Shanghai), as the scheduler would, and waits for it. */
  async function scan(today: string): Promise<void> {
    clock.set(`${today}T02:00:00Z`);
    await queues.run(QueueName.Reminders, JobName.ReminderScan, { today });
  }

  /** Waits until nothing is pending and `count` messages arrived, then makes sure no more follow. */
  async function expectMailCount(count: number): Promise<void> {
    await waitFor(
      async () => (await db.pendingCount()) === 0 && smtp.received.length >= count,
      `${count} emails`,
    );
    await settle(300);
    expect(smtp.received).toHaveLength(count);
  }

  beforeAll(async () => {
    await smtp.start();
    // A digest schedule that never ran lately: no catch-up digest mixes into the reminder counts.
    env = await createTestEnv({
      SMTP_URL: smtp.url,
      APP_BASE_URL: 'https://luodi.example.cn',
      DIGEST_CRON: NO_RECENT_DIGEST,
    });
    db = new WorkerFixtures(env.config);
    queues = new TestQueues(env.config);
    worker = await boot();
  });
  afterAll(async () => {
    await worker?.close();
    await queues?.close();
    await db?.close();
    await smtp.stop();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  it('sends each kind once, on its date: due_soon at -7 and -1, overdue at +1, escalation at +7 in the daily list', async () => {
    const owner = await db.user('staff');
    const leader = await db.user('supervisor');
    const s1 = await db.user('supervisor');
    const s2 = await db.user('supervisor');
    await db.user('supervisor', false); // inactive: never escalated to
    const withLeader = await db.lead({
      ownerId: owner.id,
      leaderId: leader.id,
      stageDeadline: '2024-04-15',
      companyName: '晶科能源<script>',
      projectName: '高效光伏组件项目',
    });
    const noLeader = await db.lead({ ownerId: owner.id, stageDeadline: '2024-04-15' });

    // Escalations (+7) reach the leader and the supervisors in one daily list each: the leader's carries both
    // projects (one as 包联领导, one as a supervisor), so 3 lists, not 4 emails.
    const expected: Record<string, number> = {
      '2024-04-07': 0,
      '2024-04-08': 2,
      '2024-04-09': 2,
      '2024-04-13': 2,
      '2024-04-14': 4,
      '2024-04-15': 4,
      '2024-04-16': 6,
      '2024-04-17': 6,
      '2024-04-21': 6,
      '2024-04-22': 9,
      '2024-04-23': 9,
    };
    for (const [day, count] of Object.entries(expected)) {
      await scan(day);
      await expectMailCount(count);
    }

    const toOwner = smtp.to(owner.email);
    expect(toOwner).toHaveLength(6);
    expect(toOwner.filter((m) => m.subject.startsWith('【到期提醒】'))).toHaveLength(4);
    expect(toOwner.filter((m) => m.subject.startsWith('【逾期提醒】'))).toHaveLength(2);
    const [leaderList] = smtp.to(leader.email);
    expect(smtp.to(leader.email)).toHaveLength(1);
    expect(leaderList.subject).toBe('【督办清单】4月22日：2个项目需要您关注');
    expect(leaderList.text).toContain(`https://luodi.example.cn/leads/${withLeader.id}`);
    expect(leaderList.text).toContain(`https://luodi.example.cn/leads/${noLeader.id}`);
    expect(leaderList.text).toContain('逾期7天');
    expect(smtp.to(s1.email).map((m) => m.subject)).toEqual(['【督办清单】4月22日：1个项目需要您关注']);
    expect(smtp.to(s2.email)).toHaveLength(1);

    // The email: Chinese, HTML and text, link, company, project, stage, deadline, days left; user text escaped.
    const first = toOwner.find((m) => m.subject.includes('高效光伏组件项目'))!;
    expect(first.subject).toBe('【到期提醒】晶科能源<script>·高效光伏组件项目：洽谈阶段将于7天后到期');
    expect(first.text).toContain(`https://luodi.example.cn/leads/${withLeader.id}`);
    expect(first.text).toContain('企业名称：晶科能源<script>');
    expect(first.text).toContain('当前阶段：洽谈');
    expect(first.text).toContain('阶段期限：2024年4月15日（周一）');
    expect(first.text).toContain('状态：还有7天');
    expect(first.html).toContain('晶科能源&lt;script&gt;');
    expect(first.html).not.toContain('<script>');
    const overdue = toOwner.find(
      (m) => m.subject.includes('高效光伏组件项目') && m.subject.includes('逾期'),
    )!;
    expect(overdue.subject).toBe('【逾期提醒】晶科能源<script>·高效光伏组件项目：洽谈阶段已逾期1天');

    // Each escalation stays its own ledger row (once each), marked sent by the list that carried it.
    const rows = await db.notifications('lead_id = $1', [noLeader.id]);
    expect(rows.map((r) => [r.kind, r.offset_days, r.status])).toEqual([
      ['due_soon', -7, 'sent'],
      ['due_soon', -1, 'sent'],
      ['overdue', 1, 'sent'],
      ['escalation', 7, 'sent'],
      ['escalation', 7, 'sent'],
      ['escalation', 7, 'sent'],
    ]);
    expect(rows[0].dedupe_key).toBe(`reminder:${noLeader.id}:${noLeader.stageEntryId}:2024-04-15:-7`);
    const carriers = await db.pool.query<{ recipient: string; kind: string; dedupe_key: string }>(
      `SELECT l.recipient, l.kind, l.dedupe_key FROM notifications n JOIN notifications l ON l.id = n.delivered_by
        WHERE n.lead_id = $1 AND n.kind = 'escalation' ORDER BY l.recipient`,
      [noLeader.id],
    );
    expect(carriers.rows.map((r) => r.kind)).toEqual(['daily_duban', 'daily_duban', 'daily_duban']);
    expect(carriers.rows.map((r) => r.recipient).sort()).toEqual([leader.email, s1.email, s2.email].sort());
    expect(carriers.rows.find((r) => r.recipient === leader.email)?.dedupe_key).toBe(
      `duban:${leader.id}:2024-04-22`,
    );
  });

  it('sends one email each when the same scan runs three times and two workers run at once', async () => {
    const second = await boot(new MutableClock(new Date('2025-05-09T02:00:00Z')));
    try {
      const before = smtp.received.length;
      const owner = await db.user('staff');
      const leads = await Promise.all(
        [1, 2, 3].map(() => db.lead({ ownerId: owner.id, stageDeadline: '2025-05-10' })),
      );
      clock.set('2025-05-09T02:00:00Z');
      await Promise.all(
        [1, 2, 3].map(() => queues.run(QueueName.Reminders, JobName.ReminderScan, { today: '2025-05-09' })),
      );
      await expectMailCount(before + 3);
      expect(smtp.to(owner.email)).toHaveLength(3);
      for (const lead of leads) {
        const rows = await db.notifications('lead_id = $1', [lead.id]);
        // -7 and -1 were both due at once: only the one nearest the deadline was sent.
        expect(rows.map((r) => [r.offset_days, r.status])).toEqual([
          [-7, 'skipped'],
          [-1, 'sent'],
        ]);
      }
    } finally {
      await second.close();
    }
  });

  it('owes new reminders when the deadline moves, and none for a lead that moved on before the send', async () => {
    const owner = await db.user('staff');
    const moved = await db.lead({ ownerId: owner.id, stageDeadline: '2025-09-10' });
    const before = smtp.received.length;
    await scan('2025-09-03');
    await expectMailCount(before + 1);
    await db.pool.query(`UPDATE leads SET stage_deadline = '2025-09-20' WHERE id = $1`, [moved.id]);
    await scan('2025-09-13');
    await expectMailCount(before + 2);
    const rows = await db.notifications('lead_id = $1', [moved.id]);
    expect(rows.map((r) => r.dedupe_key.split(':').slice(3).join(':'))).toEqual([
      '2025-09-10:-7',
      '2025-09-20:-7',
    ]);

    // Recorded, then the lead changes stage (new stage entry) before its email goes out: skipped, not sent.
    const changed = await db.lead({ ownerId: owner.id, stageDeadline: '2025-09-20' });
    await worker.get(ReminderScanService).scan('2025-09-13');
    await db.pool.query(
      `UPDATE leads SET stage = 'signed', stage_entry_id = gen_random_uuid() WHERE id = $1`,
      [changed.id],
    );
    await worker.get(MailQueueService).enqueueOwed();
    await waitFor(
      async () => (await db.notifications('lead_id = $1', [changed.id]))[0]?.status === 'skipped',
      'skipped',
    );
    await settle(300);
    expect(smtp.received).toHaveLength(before + 2);
  });

  it('marks a 550 rejection failed without retrying', async () => {
    const owner = await db.user('staff');
    const lead = await db.lead({ ownerId: owner.id, stageDeadline: '2026-02-08' });
    const attemptsBefore = smtp.dataAttempts;
    smtp.mode = { kind: 'reject' };
    try {
      await scan('2026-02-01');
      const [row] = await waitFor(async () => {
        const rows = await db.notifications('lead_id = $1', [lead.id]);
        return rows[0]?.status === 'failed' ? rows : null;
      }, 'failed');
      await settle(1000); // several retry delays (200 ms, exponential) would have passed
      expect(smtp.dataAttempts - attemptsBefore).toBe(1);
      expect((await db.notifications('lead_id = $1', [lead.id]))[0]).toMatchObject({
        status: 'failed',
        attempts: 1,
      });
      expect(row.status).toBe('failed');
    } finally {
      smtp.mode = { kind: 'accept' };
    }
  });

  it('retries while SMTP is down and delivers once when it is back', async () => {
    const owner = await db.user('staff');
    const lead = await db.lead({ ownerId: owner.id, stageDeadline: '2026-06-08' });
    await smtp.stop();
    try {
      await scan('2026-06-01');
      await waitFor(
        async () => (await db.notifications('lead_id = $1', [lead.id]))[0]?.attempts >= 2,
        'two attempts',
      );
    } finally {
      await smtp.start(smtp.port);
    }
    await waitFor(
      async () => (await db.notifications('lead_id = $1', [lead.id]))[0]?.status === 'sent',
      'sent',
    );
    await settle(500);
    expect(smtp.to(owner.email)).toHaveLength(1);
  });

  it('after an outage sends a lead only its most recent reminder; the older one is skipped, not sent', async () => {
    const owner = await db.user('staff');
    const lead = await db.lead({
      ownerId: owner.id,
      stageDeadline: '2026-08-10',
      companyName: '太重轨道',
      projectName: '风电主轴生产线',
    });
    await smtp.stop();
    try {
      await scan('2026-08-09'); // -1 owed, but SMTP is down
      await waitFor(
        async () =>
          (await db.notifications('lead_id = $1 AND offset_days = -1', [lead.id]))[0]?.attempts >= 1,
        'a first attempt',
      );
      await scan('2026-08-12'); // two days on: +1 (overdue) is owed too
    } finally {
      await smtp.start(smtp.port);
    }
    await waitFor(async () => {
      const rows = await db.notifications('lead_id = $1', [lead.id]);
      return rows.length === 3 && rows.every((r) => r.status !== 'pending');
    }, 'every reminder final');
    await settle(500);
    const rows = await db.notifications('lead_id = $1', [lead.id]);
    expect(rows.map((r) => [r.offset_days, r.status])).toEqual([
      [-7, 'skipped'],
      [-1, 'skipped'],
      [1, 'sent'],
    ]);
    expect(smtp.to(owner.email).map((m) => m.subject)).toEqual([
      '【逾期提醒】太重轨道·风电主轴生产线：洽谈阶段已逾期2天',
    ]);
  });
});
