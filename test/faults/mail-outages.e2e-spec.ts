import { addDays, dateInZone, isoWeekOfInstant } from '@luodi/core';
import { JobName, QueueName } from '@luodi/queues';
import { createTestEnv, TestEnv } from '../support/harness';
import { SmtpTestServer } from '../worker/smtp-test-server';
import { settle, waitFor } from '../worker/wait-for';
import { deleteQueueKeys, NO_RECENT_DIGEST, TestQueues, WorkerFixtures } from '../worker/worker-fixtures';
import { WorkerProcess } from '../worker/worker-process';
import { sleep } from './fault-kit';

const OWNERS = 20;
const DIGEST_USERS = 40;

/**
 * The real worker (its own process, the real clock) and a real SMTP server that goes away and comes back, or a
 * worker killed (SIGKILL) in the middle of the week's digests: every email owed arrives, and arrives once.
 */
describe('mail outages: SMTP down and back, the worker killed mid-digest', () => {
  const smtp = new SmtpTestServer();
  let env: TestEnv;
  let db: WorkerFixtures;
  let worker: WorkerProcess;
  let workerUp = false;

  beforeAll(async () => {
    await smtp.start();
    env = await createTestEnv({ SMTP_URL: smtp.url });
    db = new WorkerFixtures(env.config);
    worker = new WorkerProcess({
      NODE_ENV: 'development', // logs 'Luodi worker started'
      DATABASE_URL: env.config.databaseUrl,
      REDIS_URL: env.config.redisUrl,
      QUEUE_PREFIX: env.config.queuePrefix,
      SMTP_URL: smtp.url,
      REMINDER_SCAN_EVERY: '1s',
      DIGEST_CRON: NO_RECENT_DIGEST,
      // A held send's lease: 4 × 3 s + 2 s. Not 1 s: on a loaded machine the test server's reply can take longer,
      // and a reply that comes after the client gave up is the one case SMTP itself delivers twice.
      SMTP_TIMEOUT: '3s',
      MAIL_RETRY_DELAY: '500', // retries after 0.5, 1, 2, 4, 8 s
    });
  }, 60_000);
  afterAll(async () => {
    await worker?.stop('SIGTERM');
    await db?.close();
    await smtp.stop();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  it('SMTP down ~5 s while reminders fall due: all arrive once it is back, none twice', async () => {
    // Deadline tomorrow (zone time): each lead owes its 1-day reminder now (the 7-day one is recorded as skipped).
    await smtp.stop(); // SMTP is down before anything is owed; it comes back on the same port
    const tomorrow = addDays(dateInZone(new Date(), env.config.timeZone), 1);
    const owners = [];
    for (let i = 0; i < OWNERS; i++) {
      const owner = await db.user('staff');
      await db.lead({ ownerId: owner.id, stageDeadline: tomorrow });
      owners.push(owner);
    }
    await worker.start();
    workerUp = true;
    const failing = await waitFor(
      async () => {
        const rows = await db.notifications(`offset_days = -1`);
        return rows.length === OWNERS && rows.every((r) => r.attempts >= 1) ? Date.now() : null;
      },
      'every reminder to be recorded and tried while SMTP is down',
      { timeoutMs: 30_000 },
    );
    await sleep(5000);
    const downMs = Date.now() - failing;
    const { rows: tried } = await db.pool.query<{ n: number }>(
      `SELECT sum(attempts)::int AS n FROM notifications WHERE offset_days IS NOT NULL`,
    );
    await smtp.start(); // back, same port
    const backAt = Date.now();
    await waitFor(
      async () => (await db.notifications(`offset_days = -1 AND status = 'sent'`)).length === OWNERS,
      'every reminder to be sent after SMTP is back',
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    const deliveredMs = Date.now() - backAt;
    await settle(3000); // three more scans: nothing more
    for (const owner of owners) expect(smtp.to(owner.email)).toHaveLength(1);
    expect(smtp.received).toHaveLength(OWNERS);
    const rows = await db.notifications(`offset_days IS NOT NULL`);
    expect(rows.filter((r) => r.status === 'skipped' && r.offset_days === -7)).toHaveLength(OWNERS);
    expect(rows.filter((r) => r.status === 'pending')).toEqual([]);
    console.log(
      `[fault] smtp: down ${downMs} ms after the first failures, ${tried[0].n} attempts refused while down; ` +
        `${OWNERS} reminders expected, ${smtp.received.length} received (each owner once), ` +
        `all delivered ${deliveredMs} ms after SMTP was back`,
    );
  }, 120_000);

  it('the worker SIGKILLed in the middle of the weekly digests and restarted: each digest arrives exactly once', async () => {
    if (!workerUp) await worker.start(); // when run alone
    workerUp = true;
    for (let i = 0; i < DIGEST_USERS; i++) await db.user(i % 4 === 0 ? 'supervisor' : 'staff');
    const { rows: active } = await db.pool.query<{ email: string }>(`SELECT email FROM users WHERE active`);
    const before = smtp.received.length;
    const week = isoWeekOfInstant(new Date(), env.config.timeZone);
    smtp.mode = { kind: 'delay', ms: 100 }; // each send takes a moment, so the run is under way when killed
    const queues = new TestQueues(env.config);
    try {
      await queues.queue(QueueName.Digests).add(JobName.WeeklyDigest, { week });
    } finally {
      await queues.close();
    }
    await waitFor(() => smtp.received.length - before >= active.length / 3, 'a third of the digests', {
      timeoutMs: 60_000,
      intervalMs: 50,
    });
    // Hold the next sends (a send in progress), and kill only once every accepted email is marked sent: the one
    // window that can still duplicate (accepted by SMTP, not yet marked) is documented, not tested here.
    smtp.mode = { kind: 'delay', ms: 120_000 };
    const attempts = smtp.dataAttempts;
    const heldFrom = Date.now();
    await waitFor(
      async () =>
        smtp.dataAttempts > attempts &&
        Date.now() - heldFrom > 500 && // sends that came in before the switch are accepted by now
        (await db.notifications(`kind = 'digest' AND status = 'sent'`)).length ===
          smtp.received.length - before,
      'a send held at the SMTP server, and every accepted digest marked',
      { timeoutMs: 30_000, intervalMs: 50 },
    );
    await worker.stop('SIGKILL');
    const killedAt = Date.now();
    const receivedAtKill = smtp.received.length - before;
    const pendingAtKill = (await db.notifications(`kind = 'digest' AND status = 'pending'`)).length;
    expect(pendingAtKill).toBeGreaterThan(0);
    smtp.mode = { kind: 'accept' };
    await worker.start();
    await waitFor(
      async () => (await db.notifications(`kind = 'digest' AND status = 'sent'`)).length === active.length,
      'every digest to be sent after the restart',
      { timeoutMs: 90_000, intervalMs: 250 },
    );
    const doneMs = Date.now() - killedAt;
    await settle(3000);
    const digests = smtp.received.slice(before);
    const twice = active.filter(({ email }) => digests.filter((m) => m.to.includes(email)).length !== 1);
    if (twice.length > 0) {
      console.log(
        twice.map(
          ({ email }) =>
            `${email}: ${digests
              .filter((m) => m.to.includes(email))
              .map((m) => m.subject)
              .join(' | ')}`,
        ),
        JSON.stringify(
          await db.notifications(`kind = 'digest' AND recipient = ANY($1)`, [twice.map((t) => t.email)]),
        ),
        worker.log
          .split('\n')
          .filter((l) => twice.some((t) => l.includes(t.email)) || /WARN|ERROR/.test(l))
          .slice(-40)
          .join('\n'),
      );
    }
    expect(digests).toHaveLength(active.length);
    for (const { email } of active) expect(digests.filter((m) => m.to.includes(email))).toHaveLength(1);
    const rows = await db.notifications(`kind = 'digest'`);
    expect(rows).toHaveLength(active.length);
    expect(rows.every((r) => r.week === week && r.status === 'sent')).toBe(true);
    console.log(
      `[fault] worker SIGKILL mid-digest: ${active.length} digests expected; killed after ${receivedAtKill} ` +
        `(${pendingAtKill} pending, some held mid-send); after the restart ${digests.length} received in all, ` +
        `each recipient once, all sent ${doneMs} ms after the kill`,
    );
  }, 180_000);

  it('the worker on SIGTERM finishes the email it is sending, then exits 0: it arrives once', async () => {
    if (!workerUp) await worker.start(); // when run alone
    workerUp = true;
    const owner = await db.user('staff');
    const lead = await db.lead({
      ownerId: owner.id,
      stageDeadline: addDays(dateInZone(new Date(), env.config.timeZone), 1),
    });
    smtp.mode = { kind: 'delay', ms: 1500 }; // the reply to DATA comes 1.5 s later: a send in progress
    const attempts = smtp.dataAttempts;
    await waitFor(() => smtp.dataAttempts > attempts, 'the send to reach the SMTP server', {
      timeoutMs: 30_000,
    });
    const signalAt = Date.now();
    await worker.stop('SIGTERM');
    const exitMs = Date.now() - signalAt;
    workerUp = false;
    smtp.mode = { kind: 'accept' };
    expect(worker.lastExit).toEqual({ code: 0, signal: null });
    expect(smtp.to(owner.email)).toHaveLength(1);
    const [row] = await db.notifications(`lead_id = $1 AND offset_days = -1`, [lead.id]);
    expect(row.status).toBe('sent');
    console.log(`[fault] worker SIGTERM mid-send: the send finished, marked sent, exit 0 after ${exitMs} ms`);
  }, 120_000);
});
