import { INestApplicationContext } from '@nestjs/common';
import { createTestEnv, startWorker, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
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

/**
 * A week before a 三个一批 event, each nominated lead not yet at its list's stage owes its owner one reminder,
 * recorded once in the ledger and delivered in the owner's daily 督办清单 (real worker, Redis and SMTP).
 */
describe('三个一批 reminders a week before the event (worker, SMTP, test clock)', () => {
  const smtp = new SmtpTestServer();
  const clock = new MutableClock(new Date('2025-05-01T02:00:00Z'));
  let env: TestEnv;
  let worker: INestApplicationContext;
  let db: WorkerFixtures;
  let queues: TestQueues;

  async function scan(today: string): Promise<void> {
    clock.set(`${today}T02:00:00Z`);
    await queues.run(QueueName.Reminders, JobName.ReminderScan, { today });
  }

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

  it('reminds each owner once, of the leads not at their stage, and not of those that are', async () => {
    const owner = await db.user('staff');
    const other = await db.user('staff');
    const far = '2026-12-31';
    const behind = await db.lead({
      ownerId: owner.id,
      stageDeadline: far,
      stage: 'landed',
      projectName: '碳化硅衬底',
    });
    const ready = await db.lead({
      ownerId: owner.id,
      stageDeadline: far,
      stage: 'construction',
      projectName: '光伏组件',
    });
    const late = await db.lead({
      ownerId: other.id,
      stageDeadline: far,
      stage: 'lead',
      projectName: '玻纤二期',
    });
    await db.pool.query(`UPDATE leads SET construction_started_at = '2025-04-20' WHERE id = $1`, [ready.id]);
    const { rows } = await db.pool.query<{ id: string }>(
      `INSERT INTO batch_events (name, date, period) VALUES ('全市第六期“三个一批”活动', '2025-05-20', 6) RETURNING id`,
    );
    const event = rows[0].id;
    await db.pool.query(
      `INSERT INTO batch_event_entries (event_id, lead_id, list) VALUES ($1, $2, 'construction'), ($1, $3, 'construction'),
         ($1, $4, 'signing')`,
      [event, behind.id, ready.id, late.id],
    );

    // Eight days before: nothing is owed yet.
    await scan('2025-05-12');
    await settle(500);
    expect(smtp.received).toHaveLength(0);
    expect(await db.notifications(`kind = 'batch_event_due'`, [])).toHaveLength(0);

    // A week before: one list for each owner, naming only the leads still short of their stage.
    await scan('2025-05-13');
    await waitFor(async () => smtp.received.length >= 2 && (await db.pendingCount()) === 0, 'two lists sent');
    await settle(300);
    const [mail] = smtp.to(owner.email);
    expect(smtp.to(owner.email)).toHaveLength(1);
    expect(mail.subject).toBe('【督办清单】5月13日：1个项目需要您关注');
    expect(mail.text).toContain('“三个一批”活动临近、尚未达到阶段的项目');
    expect(mail.text).toContain(`https://luodi.example.cn/leads/${behind.id}`);
    expect(mail.text).toMatch(/碳化硅衬底 \| 全市第六期“三个一批”活动 \| 开工一批 \| 5月20日 \| 还有7天/);
    expect(mail.text).not.toContain(ready.id);
    expect(smtp.to(other.email)[0].text).toContain(late.id);
    const ledger = await db.notifications(`kind = 'batch_event_due'`, []);
    expect(ledger.map((n) => [n.dedupe_key, n.status]).sort()).toEqual(
      [
        [`batch_event:${event}:${behind.id}`, 'sent'],
        [`batch_event:${event}:${late.id}`, 'sent'],
      ].sort(),
    );

    // Later scans, and a duplicate job, send nothing more: once per lead and event.
    await scan('2025-05-13');
    await scan('2025-05-14');
    await scan('2025-05-19');
    await settle(800);
    expect(smtp.received).toHaveLength(2);
    expect(await db.notifications(`kind = 'batch_event_due'`, [])).toHaveLength(2);
  });
});
