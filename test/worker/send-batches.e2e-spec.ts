import { INestApplicationContext } from '@nestjs/common';
import { createTestEnv, startWorker, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import {
  MAIL_SETTINGS,
  MailerService,
  NotificationDispatcher,
  NotificationLedgerRepository,
  ReminderScanService,
} from '@luodi/notifications';
import { SendWindowPassedError } from '@luodi/notifications/delivery/delivery-errors';
import { SmtpTestServer } from './smtp-test-server';
import { settle, waitFor } from './wait-for';
import { deleteQueueKeys, FAST_MAIL, NO_RECENT_DIGEST, WorkerFixtures } from './worker-fixtures';

/**
 * Sends in batches (one claim, one read of the leads, one mark per batch) keep each email to one: two workers
 * sending overlapping batches at once, and a worker that died between its claim and its mark.
 */
describe('send batches: claimed together, marked together, each email once', () => {
  const smtp = new SmtpTestServer();
  const clock = new MutableClock(new Date('2024-05-09T02:00:00Z'));
  let env: TestEnv;
  let a: INestApplicationContext;
  let b: INestApplicationContext;
  let db: WorkerFixtures;

  const boot = () =>
    startWorker(env, WorkerModule, {
      clock,
      configure: (m) => m.overrideProvider(MAIL_SETTINGS).useValue(FAST_MAIL),
    });

  /** `n` leads of `n` owners, their -1 reminders recorded for `today` (pending, no job queued): their ids. */
  async function owed(
    n: number,
    deadline: string,
    today: string,
  ): Promise<{ ids: string[]; emails: string[] }> {
    const emails: string[] = [];
    for (let i = 0; i < n; i++) {
      const owner = await db.user('staff');
      await db.lead({ ownerId: owner.id, stageDeadline: deadline });
      emails.push(owner.email);
    }
    await a.get(ReminderScanService).scan(today);
    const rows = await db.notifications(
      `status = 'pending' AND offset_days = -1 AND stage_deadline = $1::date`,
      [deadline],
    );
    expect(rows).toHaveLength(n);
    return { ids: rows.map((r) => r.id), emails };
  }

  beforeAll(async () => {
    await smtp.start();
    env = await createTestEnv({
      SMTP_URL: smtp.url,
      DIGEST_CRON: NO_RECENT_DIGEST,
      REMINDER_SCAN_EVERY: '1h', // the scheduler's scan runs at start only, before these tests record anything
    });
    db = new WorkerFixtures(env.config);
    a = await boot();
    b = await boot();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.close();
    await smtp.stop();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  it('two workers sending overlapping batches at once send each email once', async () => {
    const { ids, emails } = await owed(30, '2024-05-10', '2024-05-09');
    const before = smtp.received.length;
    const reversed = [...ids].reverse();
    const outcomes = await Promise.all([
      a.get(NotificationDispatcher).sendBatch(ids),
      b.get(NotificationDispatcher).sendBatch(reversed),
      b.get(NotificationDispatcher).sendBatch(ids.slice(10, 20)),
      a.get(NotificationDispatcher).sendBatch(reversed.slice(5, 25)),
    ]);
    expect(outcomes.reduce((sum, o) => sum + o.sent, 0)).toBe(30);
    expect(outcomes.reduce((sum, o) => sum + o.sent + o.notClaimed, 0)).toBe(30 + 30 + 10 + 20);
    await settle(300);
    expect(smtp.received.length - before).toBe(30);
    for (const email of emails) expect(smtp.to(email)).toHaveLength(1);
    const rows = await db.notifications(`id = ANY($1::uuid[])`, [ids]);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('rows claimed by a worker that died before its mark are sent once, after the lease runs out', async () => {
    const { ids, emails } = await owed(12, '2024-05-11', '2024-05-10');
    const before = smtp.received.length;
    // The dead worker: it claimed the batch (and may have handed some emails to SMTP), then never marked it.
    const claimed = await a.get(NotificationLedgerRepository).claimMany(ids, FAST_MAIL.leaseMs, []);
    expect(claimed).toHaveLength(12);

    // While the lease holds, another worker's batch takes nothing.
    expect(await b.get(NotificationDispatcher).sendBatch(ids)).toEqual({
      sent: 0,
      skipped: 0,
      failed: 0,
      notClaimed: 12,
    });
    expect(smtp.received.length).toBe(before);

    // Once it has run out, the batch is claimed again and sent once.
    const outcome = await waitFor(async () => {
      const o = await b.get(NotificationDispatcher).sendBatch(ids);
      return o.sent > 0 ? o : null;
    }, 'the lease to run out and the batch to be sent');
    expect(outcome).toEqual({ sent: 12, skipped: 0, failed: 0, notClaimed: 0 });
    expect(await a.get(NotificationDispatcher).sendBatch(ids)).toMatchObject({ sent: 0, notClaimed: 12 });
    await settle(300);
    expect(smtp.received.length - before).toBe(12);
    for (const email of emails) expect(smtp.to(email)).toHaveLength(1);
    const rows = await db.notifications(`id = ANY($1::uuid[])`, [ids]);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(ids.map(() => ['sent', 2]));
  });

  it('an email that cannot start within the send window is not handed to SMTP', async () => {
    const attempts = smtp.dataAttempts;
    const email = { to: 'late@luodi.test', subject: '测试', html: '<p>测试</p>', text: '测试' };
    await expect(a.get(MailerService).send(email, performance.now() - 1)).rejects.toBeInstanceOf(
      SendWindowPassedError,
    );
    await a.get(MailerService).send(email, performance.now() + 10_000);
    await settle(200);
    expect(smtp.dataAttempts - attempts).toBe(1);
    expect(smtp.to('late@luodi.test')).toHaveLength(1);
  });
});
