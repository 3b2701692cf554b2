import { INestApplicationContext } from '@nestjs/common';
import { createTestEnv, startWorker, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { MAIL_SETTINGS, NotificationDispatcher, ReminderScanService } from '@luodi/notifications';
import { JobName, QueueName } from '@luodi/queues';
import { SmtpTestServer } from './smtp-test-server';
import { settle, waitFor } from './wait-for';
import { deleteQueueKeys, FAST_MAIL, NO_RECENT_DIGEST, TestQueues, WorkerFixtures } from './worker-fixtures';

describe('the daily 督办清单 (real worker, Redis and SMTP)', () => {
  const smtp = new SmtpTestServer();
  const clock = new MutableClock(new Date('2025-03-01T02:00:00Z'));
  let env: TestEnv;
  let worker: INestApplicationContext;
  let db: WorkerFixtures;
  let queues: TestQueues;

  /** The scheduled scan for a zone date (10:00 Shanghai): reminders, daily lists, sends. */
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
    expect(smtp.received).toHaveLength(count);
  }

  const lists = (userId: string) =>
    db.pool
      .query<{
        dedupe_key: string;
        status: string;
        carried: number;
      }>(
        `SELECT l.dedupe_key, l.status, (SELECT count(*)::int FROM notifications n WHERE n.delivered_by = l.id) AS carried
           FROM notifications l WHERE l.kind = 'daily_duban' AND l.user_id = $1 ORDER BY l.list_date, l.created_at`,
        [userId],
      )
      .then((r) => r.rows);

  beforeAll(async () => {
    await smtp.start();
    env = await createTestEnv({
      SMTP_URL: smtp.url,
      APP_BASE_URL: 'https://luodi.example.cn',
      DIGEST_CRON: NO_RECENT_DIGEST,
    });
    db = new WorkerFixtures(env.config);
    queues = new TestQueues(env.config);
    worker = await startWorker(env, WorkerModule, {
      clock,
      configure: (b) => b.overrideProvider(MAIL_SETTINGS).useValue(FAST_MAIL),
    });
  });
  afterAll(async () => {
    await worker?.close();
    await queues?.close();
    await db?.close();
    await smtp.stop();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  it('brings one 包联领导 all of a day’s escalations in one email, one email per day', async () => {
    const owner = await db.user('staff');
    const other = await db.user('staff');
    const leader = await db.user('supervisor');
    const a = await db.lead({ ownerId: owner.id, leaderId: leader.id, stageDeadline: '2025-03-01' });
    const b = await db.lead({ ownerId: other.id, leaderId: leader.id, stageDeadline: '2025-03-01' });
    const c = await db.lead({ ownerId: owner.id, leaderId: leader.id, stageDeadline: '2025-02-20' });
    const d = await db.lead({ ownerId: owner.id, leaderId: leader.id, stageDeadline: '2025-03-02' });

    // First scan: a, b and c owe their escalation (their older reminders are skipped); d owes its overdue email.
    await scan('2025-03-08');
    await settled(2);
    const [first] = smtp.to(leader.email);
    expect(smtp.to(leader.email)).toHaveLength(1);
    expect(first.subject).toBe('【督办清单】3月8日：3个项目需要您关注');
    // Most overdue first, each with its link and days overdue.
    expect(first.text).toMatch(
      new RegExp(
        `1\\. 测试企业\\w+·测试项目\\w+ \\| 洽谈 \\| 测试staff \\| 2月20日 \\| 逾期16天\\r?\\n   https://luodi\\.example\\.cn/leads/${c.id}`,
      ),
    );
    for (const lead of [a, b]) expect(first.text).toContain(`https://luodi.example.cn/leads/${lead.id}`);
    expect(first.html).toContain('逾期7天');
    expect(smtp.to(owner.email).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^【逾期提醒】.*已逾期6天$/),
    ]);
    expect(first.text).not.toContain(d.id);

    // The same scan again: nothing more.
    await scan('2025-03-08');
    await settled(2);

    // The next day: d escalates; a new list for the new day.
    await scan('2025-03-09');
    await settled(3);
    expect(smtp.to(leader.email).map((m) => m.subject)).toEqual([
      '【督办清单】3月8日：3个项目需要您关注',
      '【督办清单】3月9日：1个项目需要您关注',
    ]);
    expect(await lists(leader.id)).toEqual([
      { dedupe_key: `duban:${leader.id}:2025-03-08`, status: 'sent', carried: 3 },
      { dedupe_key: `duban:${leader.id}:2025-03-09`, status: 'sent', carried: 1 },
    ]);

    // An escalation that comes due after today's list went out waits for tomorrow's: never two lists a day.
    const late = await db.lead({ ownerId: owner.id, leaderId: leader.id, stageDeadline: '2025-03-02' });
    await scan('2025-03-09');
    await settle(500);
    expect(smtp.to(leader.email)).toHaveLength(2);
    expect((await db.notifications(`lead_id = $1 AND kind = 'escalation'`, [late.id]))[0].status).toBe(
      'pending',
    );
    await scan('2025-03-10');
    await waitFor(async () => smtp.to(leader.email).length === 3, 'the next day’s list');
    expect(smtp.to(leader.email)[2].subject).toBe('【督办清单】3月10日：1个项目需要您关注');
    expect(smtp.to(leader.email)[2].text).toContain(late.id);
    expect(smtp.to(leader.email)[2].text).toContain('逾期8天');
  });

  it('leaves out what no longer applies, and sends no list when nothing does', async () => {
    const owner = await db.user('staff');
    const leader = await db.user('supervisor');
    const moved = await db.lead({ ownerId: owner.id, leaderId: leader.id, stageDeadline: '2025-04-01' });
    const kept = await db.lead({ ownerId: owner.id, leaderId: leader.id, stageDeadline: '2025-04-01' });
    const before = smtp.received.length;

    // Recorded, then one lead is signed before the list goes out: the list carries only the other.
    clock.set('2025-04-08T02:00:00Z');
    await worker.get(ReminderScanService).scan('2025-04-08');
    await db.pool.query(
      `UPDATE leads SET stage = 'signed', stage_entry_id = gen_random_uuid(), stage_deadline = '2025-07-01' WHERE id = $1`,
      [moved.id],
    );
    await worker.get(NotificationDispatcher).reminderScan('2025-04-08');
    await waitFor(async () => smtp.to(leader.email).length === 1, 'the list');
    const [mail] = smtp.to(leader.email);
    expect(mail.subject).toBe('【督办清单】4月8日：1个项目需要您关注');
    expect(mail.text).toContain(kept.id);
    expect(mail.text).not.toContain(moved.id);
    expect((await db.notifications(`lead_id = $1 AND kind = 'escalation'`, [moved.id]))[0].status).toBe(
      'skipped',
    );

    // Nothing left that applies: the list is skipped, no email.
    const lone = await db.lead({ ownerId: owner.id, leaderId: leader.id, stageDeadline: '2025-04-02' });
    clock.set('2025-04-09T02:00:00Z');
    await worker.get(ReminderScanService).scan('2025-04-09');
    await db.pool.query(`UPDATE leads SET stage = 'lost', lost_from_stage = 'lead' WHERE id = $1`, [lone.id]);
    await worker.get(NotificationDispatcher).reminderScan('2025-04-09');
    await waitFor(
      async () =>
        (await lists(leader.id)).find((l) => l.dedupe_key.endsWith('2025-04-09'))?.status === 'skipped',
      'the empty list skipped',
    );
    await settle(300);
    expect(smtp.received).toHaveLength(before + 1);
  });

  it('after an SMTP outage over two days, sends one list with everything still owed', async () => {
    const owner = await db.user('staff');
    const leader = await db.user('supervisor');
    const first = await db.lead({ ownerId: owner.id, leaderId: leader.id, stageDeadline: '2025-05-01' });
    const second = await db.lead({ ownerId: owner.id, leaderId: leader.id, stageDeadline: '2025-05-02' });
    await smtp.stop();
    try {
      await scan('2025-05-08');
      await waitFor(
        async () =>
          (await db.notifications(`kind = 'daily_duban' AND user_id = $1`, [leader.id]))[0]?.attempts >= 1,
        'a first attempt at the list',
      );
      await scan('2025-05-09');
    } finally {
      await smtp.start(smtp.port);
    }
    await waitFor(
      async () =>
        (await db.notifications(`kind = 'escalation' AND user_id = $1 AND status = 'pending'`, [leader.id]))
          .length === 0,
      'both escalations delivered',
    );
    await settle(1000);
    const mails = smtp.to(leader.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/^【督办清单】5月[89]日：2个项目需要您关注$/);
    for (const lead of [first, second]) expect(mails[0].text).toContain(lead.id);
    // Never two lists pending for one person; the one that went out carried both items.
    const sentLists = (await lists(leader.id)).filter((l) => l.status === 'sent');
    expect(sentLists).toHaveLength(1);
    expect(sentLists[0].carried).toBe(2);
  });

  it('records the items of someone no longer active as skipped, and sends them nothing', async () => {
    const owner = await db.user('staff');
    const leader = await db.user('supervisor');
    const lead = await db.lead({ ownerId: owner.id, leaderId: leader.id, stageDeadline: '2025-06-01' });
    clock.set('2025-06-08T02:00:00Z');
    await worker.get(ReminderScanService).scan('2025-06-08');
    await db.pool.query(`UPDATE users SET active = false WHERE id = $1`, [leader.id]);
    await worker.get(NotificationDispatcher).reminderScan('2025-06-08');
    await settle(500);
    expect(smtp.to(leader.email)).toEqual([]);
    expect(await lists(leader.id)).toEqual([]);
    expect(await db.notifications(`lead_id = $1 AND kind = 'escalation'`, [lead.id])).toEqual([
      expect.objectContaining({ status: 'skipped', recipient: leader.email }),
    ]);
  });
});
