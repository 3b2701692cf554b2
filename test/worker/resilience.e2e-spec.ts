import { INestApplicationContext } from '@nestjs/common';
import { createTestEnv, startWorker, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { addDays, dateInZone } from '@luodi/core';
import { MAIL_SETTINGS } from '@luodi/notifications';
import { QueueName, SchedulerId } from '@luodi/queues';
import { SmtpTestServer } from './smtp-test-server';
import { settle, waitFor } from './wait-for';
import { deleteQueueKeys, FAST_MAIL, NO_RECENT_DIGEST, TestQueues, WorkerFixtures } from './worker-fixtures';
import { WorkerProcess } from './worker-process';

describe('nothing owed is lost, nothing is sent twice (Redis flushed, worker killed)', () => {
  const smtp = new SmtpTestServer();
  let env: TestEnv;
  let db: WorkerFixtures;
  let queues: TestQueues;

  beforeAll(async () => {
    await smtp.start();
    // A scan every second, so the scheduled scan (not the test) is what recovers owed notifications.
    env = await createTestEnv({
      SMTP_URL: smtp.url,
      REMINDER_SCAN_EVERY: '1s',
      DIGEST_CRON: NO_RECENT_DIGEST,
    });
    db = new WorkerFixtures(env.config);
    queues = new TestQueues(env.config);
  });
  afterAll(async () => {
    await queues?.close();
    if (env) await deleteQueueKeys(env.config);
    await db?.close();
    await smtp.stop();
    await env?.dropDatabase();
  });

  it('puts the schedulers back and still delivers a retried reminder after Redis is flushed', async () => {
    const clock = new MutableClock(new Date('2024-09-01T02:00:00Z'));
    const worker: INestApplicationContext = await startWorker(env, WorkerModule, {
      clock,
      configure: (b) => b.overrideProvider(MAIL_SETTINGS).useValue(FAST_MAIL),
    });
    try {
      const owner = await db.user('staff');
      const lead = await db.lead({ ownerId: owner.id, stageDeadline: '2024-09-08' });
      smtp.mode = { kind: 'tempfail' };
      // The scheduled scan records the reminder; its send fails with 451 and waits for a retry in Redis.
      await waitFor(
        async () => (await db.notifications('lead_id = $1', [lead.id]))[0]?.attempts >= 1,
        'a first attempt',
      );

      // The flush took the schedulers with it (checked on what was deleted: the worker, scanning every second, may
      // already have put them back by the time a read could look).
      const deleted = await deleteQueueKeys(env.config);
      expect(deleted).toEqual(expect.arrayContaining([expect.stringMatching(/:repeat$/)]));
      smtp.mode = { kind: 'accept' };

      await waitFor(async () => {
        const found = await Promise.all([
          queues.queue(QueueName.Reminders).getJobScheduler(SchedulerId.ReminderScan),
          queues.queue(QueueName.Digests).getJobScheduler(SchedulerId.WeeklyDigest),
          queues.queue(QueueName.Targets).getJobScheduler(SchedulerId.RecomputeAllTargets),
          queues.queue(QueueName.Targets).getJobScheduler(SchedulerId.DrainOutbox),
        ]);
        return found.every(Boolean);
      }, 'the schedulers to come back');
      const digest = await queues.queue(QueueName.Digests).getJobScheduler(SchedulerId.WeeklyDigest);
      expect(digest).toMatchObject({ pattern: NO_RECENT_DIGEST, tz: 'Asia/Shanghai' });

      await waitFor(
        async () => (await db.notifications('lead_id = $1', [lead.id]))[0]?.status === 'sent',
        'sent',
      );
      await settle(1500);
      expect(smtp.to(owner.email)).toHaveLength(1);
    } finally {
      await worker.close();
    }
  });

  it('delivers exactly once when the worker is killed (SIGKILL) in the middle of a send and restarted', async () => {
    const proc = new WorkerProcess({
      NODE_ENV: 'development', // logs 'Luodi worker started', which tells the test it is up
      DATABASE_URL: env.config.databaseUrl,
      REDIS_URL: env.config.redisUrl,
      QUEUE_PREFIX: env.config.queuePrefix,
      SMTP_URL: smtp.url,
      REMINDER_SCAN_EVERY: '1s',
      DIGEST_CRON: NO_RECENT_DIGEST,
      SMTP_TIMEOUT: '1s', // lease = 4 × 1 s + 2 s
      MAIL_RETRY_DELAY: '200',
    });
    // The child process runs on the real clock: a deadline tomorrow (zone time) owes the -1 reminder now.
    const today = dateInZone(new Date(), env.config.timeZone);
    const owner = await db.user('staff');
    const lead = await db.lead({ ownerId: owner.id, stageDeadline: addDays(today, 1) });
    const attemptsBefore = smtp.dataAttempts;
    smtp.mode = { kind: 'delay', ms: 60_000 }; // the SMTP server holds the reply: a send in progress
    try {
      await proc.start();
      await waitFor(() => smtp.dataAttempts > attemptsBefore, 'the send to reach the SMTP server', {
        timeoutMs: 30_000,
      });
      await proc.stop('SIGKILL');
      smtp.mode = { kind: 'accept' };
      const [claimed] = await db.notifications(`lead_id = $1 AND status = 'pending'`, [lead.id]);
      expect(claimed).toMatchObject({ offset_days: -1, attempts: 1 });

      await proc.start();
      await waitFor(
        async () =>
          (await db.notifications(`lead_id = $1 AND offset_days = -1`, [lead.id]))[0]?.status === 'sent',
        'the reminder to be sent after the restart',
        { timeoutMs: 40_000 },
      );
      await settle(1500);
      expect(smtp.to(owner.email)).toHaveLength(1);
      const rows = await db.notifications('lead_id = $1', [lead.id]);
      expect(rows.map((r) => [r.offset_days, r.status])).toEqual([
        [-7, 'skipped'],
        [-1, 'sent'],
      ]);
    } finally {
      await proc.stop('SIGTERM');
    }
  }, 120_000);
});
