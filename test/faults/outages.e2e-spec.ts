import { randomBytes } from 'node:crypto';
import Decimal from 'decimal.js';
import { ConnectionOptions, Queue } from 'bullmq';
import { Pool } from 'pg';
import { QueueName, redisOptions, SchedulerId } from '@luodi/queues';
import { leadBody } from '../leads/lead-fixtures';
import { SmtpTestServer } from '../worker/smtp-test-server';
import { waitFor } from '../worker/wait-for';
import { NO_RECENT_DIGEST } from '../worker/worker-fixtures';
import { WorkerProcess } from '../worker/worker-process';
import { ApiProcess, call, Outcome, runLoad, sleep, summarise } from './fault-kit';
import { freePort, PrivatePostgres, PrivateRedis } from './private-services';

const ADMIN = { email: 'admin@luodi.fault', password: 'fault-admin-2024' };
const OUTAGE_MS = 5000;
const CLIENTS = 6;

/**
 * PostgreSQL and Redis of this file's own (started from the installed binaries on free ports), the real API and
 * worker as processes on them, and a stream of clients creating, signing and reading leads while one of the
 * services is stopped for ~5 s and started again. Figures go to the log for docs/reliability.md.
 */
describe('outages: PostgreSQL and Redis stopped under load, then back', () => {
  const pg = new PrivatePostgres();
  const redis = new PrivateRedis();
  const smtp = new SmtpTestServer();
  let api: ApiProcess;
  let worker: WorkerProcess;
  let token: string;
  let db: Pool;
  const year = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(),
  );
  /** Every lead the API acknowledged with 201, and every signing it acknowledged with 200 (id → amount). */
  const created = new Set<string>();
  const signed = new Map<string, string>();

  beforeAll(async () => {
    await Promise.all([pg.start(), redis.start(), smtp.start()]);
    const env = {
      DATABASE_URL: pg.url('luodi'),
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'luodi-fault',
      SMTP_URL: smtp.url,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      REMINDER_SCAN_EVERY: '2s', // also how often the worker checks that its schedulers are there
      DIGEST_CRON: NO_RECENT_DIGEST,
      NODE_ENV: 'development',
    };
    api = new ApiProcess(await freePort(), { ...env, MIGRATE_ON_START: 'true' }); // creates and migrates the database
    await api.start();
    worker = new WorkerProcess(env);
    await worker.start();
    token = await api.login(ADMIN.email, ADMIN.password);
    const target = await call('target', `${api.base}/targets/${year}`, {
      method: 'PUT',
      token,
      body: { signedAmountWan: '6000000' },
    });
    expect(target.outcome.status).toBe(200);
    db = new Pool({ connectionString: pg.url('luodi'), max: 2 });
    db.on('error', () => undefined); // its idle connections die with the PostgreSQL outage
  }, 180_000);

  afterAll(async () => {
    await db?.end().catch(() => undefined);
    await worker?.stop('SIGTERM').catch(() => undefined);
    await api?.stop();
    await smtp.stop();
    await Promise.all([pg.stop(), redis.stop()]);
  });

  /** One client's step: create a lead, sign some, read one back. */
  function step(outcomes: Outcome[]) {
    return async () => {
      const made = await call('create', `${api.base}/leads`, { method: 'POST', token, body: leadBody() });
      outcomes.push(made.outcome);
      if (made.outcome.status !== 201 || !made.body) return;
      const id = made.body.id as string;
      created.add(id);
      if (Math.random() < 0.4) {
        const amount = `${1 + Math.floor(Math.random() * 90000)}.${randomBytes(2).readUInt16BE() % 10000}`;
        const move = await call('sign', `${api.base}/leads/${id}/transitions`, {
          method: 'POST',
          token,
          body: { to: 'signed', signedAmountWan: amount, version: made.body.version },
        });
        outcomes.push(move.outcome);
        if (move.outcome.status === 200) signed.set(id, amount);
      }
      const read = await call('read', `${api.base}/leads/${id}`, { token });
      outcomes.push(read.outcome);
    };
  }

  /** Load for a while, the outage, load after; returns the outcomes and the times of the fault. */
  async function underLoad(fault: { down: () => Promise<void> | void; up: () => Promise<void> }) {
    const outcomes: Outcome[] = [];
    const load = runLoad(CLIENTS, step(outcomes));
    await sleep(1500);
    const downAt = Date.now();
    await fault.down();
    await sleep(OUTAGE_MS);
    const upStartedAt = Date.now();
    await fault.up();
    const upAt = Date.now();
    await waitFor(
      () => outcomes.some((o) => o.op === 'create' && o.status === 201 && o.startedAt >= upAt),
      'a lead created after the service is back',
      { timeoutMs: 30_000 },
    );
    await sleep(1500);
    await load.stop();
    const firstOk = Math.min(
      ...outcomes
        .filter((o) => o.op === 'create' && o.status === 201 && o.startedAt >= upAt)
        .map((o) => o.endedAt),
    );
    return { outcomes, downAt, upStartedAt, upAt, recoveryMs: firstOk - upAt };
  }

  /** Every acknowledged lead and signing is in PostgreSQL; the year's progress equals the exact sum. */
  async function checkNothingLost(): Promise<{ rows: number; signedWan: string }> {
    const { rows } = await db.query<{ id: string; stage: string; signed_amount_wan: string | null }>(
      `SELECT id, stage, signed_amount_wan::text FROM leads WHERE id = ANY($1::uuid[])`,
      [[...created]],
    );
    expect(rows).toHaveLength(created.size);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const [id, amount] of signed) {
      expect(byId.get(id)?.stage).toBe('signed');
      expect(new Decimal(byId.get(id)?.signed_amount_wan ?? 'NaN').eq(amount)).toBe(true);
    }
    const { rows: sums } = await db.query<{ sum: string }>(
      `SELECT coalesce(sum(signed_amount_wan), 0)::text AS sum FROM leads
       WHERE stage IN ('signed','landed','construction','production')
         AND extract(year FROM signed_at AT TIME ZONE 'Asia/Shanghai') = $1`,
      [year],
    );
    const acknowledged = [...signed.values()].reduce((s, a) => s.plus(a), new Decimal(0));
    // A signing whose answer was lost in the outage may still have been written: never fewer than acknowledged.
    expect(new Decimal(sums[0].sum).gte(acknowledged)).toBe(true);
    const progress = await waitFor(
      async () => {
        const res = await call('progress', `${api.base}/targets/${year}/progress`, { token });
        const signedWan = res.body?.signedWan as string | undefined;
        return signedWan !== undefined && new Decimal(signedWan).eq(sums[0].sum) ? signedWan : null;
      },
      'the target progress to equal the sum of signed amounts',
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    return { rows: rows.length, signedWan: progress };
  }

  it('PostgreSQL crashed for ~5 s: clean 503s, then recovery; every 201 lead exists; totals equal the sum', async () => {
    const run = await underLoad({ down: () => pg.down('immediate'), up: () => pg.up() });
    const { total, byStatus, wrong } = summarise(run.outcomes);
    const during = run.outcomes.filter(
      (o) => o.startedAt >= run.downAt + 200 && o.endedAt <= run.upStartedAt,
    );
    if (wrong.length > 0) {
      console.log(
        api.log
          .split('\n')
          .filter((l) => /ERROR/.test(l) && !/Dependency unavailable/.test(l))
          .join('\n'),
      );
    }
    expect(wrong).toEqual([]);
    expect(byStatus['503']).toBeGreaterThan(0);
    expect(during.every((o) => o.status === 503)).toBe(true);
    const slowest503 = Math.max(
      ...run.outcomes.filter((o) => o.status === 503).map((o) => o.endedAt - o.startedAt),
    );
    expect(slowest503).toBeLessThan(5000); // fails fast, never hangs
    const checked = await checkNothingLost();
    console.log(
      `[fault] postgres: ${total} requests ${JSON.stringify(byStatus)}, outage ${run.upStartedAt - run.downAt} ms, ` +
        `slowest 503 ${slowest503} ms, recovery ${run.recoveryMs} ms after PostgreSQL accepted connections; ` +
        `${checked.rows} acknowledged leads found, ${signed.size} signings, progress ${checked.signedWan} = sum`,
    );
  }, 180_000);

  it('Redis killed for ~5 s: leads still accepted, totals catch up, the schedulers come back', async () => {
    const signedBefore = signed.size;
    const run = await underLoad({ down: () => redis.down(), up: () => redis.up() });
    const { total, byStatus, wrong } = summarise(run.outcomes);
    expect(wrong).toEqual([]);
    const during = run.outcomes.filter((o) => o.startedAt >= run.downAt && o.endedAt <= run.upStartedAt);
    const createdDuring = during.filter((o) => o.op === 'create' && o.status === 201).length;
    expect(createdDuring).toBeGreaterThan(0);
    expect(during.filter((o) => o.status !== 200 && o.status !== 201)).toEqual([]);

    // The restarted Redis is empty (no persistence): the worker puts its schedulers back by itself.
    const connection = redisOptions(redis.url, 'worker') as ConnectionOptions;
    const queues = [QueueName.Reminders, QueueName.Digests, QueueName.Targets].map(
      (name) => new Queue(name, { connection, prefix: 'luodi-fault' }),
    );
    const healStarted = Date.now();
    try {
      await waitFor(
        async () =>
          (
            await Promise.all([
              queues[0].getJobScheduler(SchedulerId.ReminderScan),
              queues[1].getJobScheduler(SchedulerId.WeeklyDigest),
              queues[2].getJobScheduler(SchedulerId.RecomputeAllTargets),
              queues[2].getJobScheduler(SchedulerId.DrainOutbox),
            ])
          ).every(Boolean),
        'the schedulers to come back',
        { timeoutMs: 60_000, intervalMs: 250 },
      );
    } finally {
      await Promise.all(queues.map((q) => q.close()));
    }
    const healMs = Date.now() - healStarted + (healStarted - run.upAt);
    const totalsStarted = Date.now();
    const checked = await checkNothingLost();
    console.log(
      `[fault] redis: ${total} requests ${JSON.stringify(byStatus)}, outage ${run.upStartedAt - run.downAt} ms, ` +
        `${createdDuring} leads created while Redis was down, ${signed.size - signedBefore} signings; ` +
        `schedulers back ${healMs} ms after Redis, totals caught up ${Date.now() - totalsStarted} ms after that; ` +
        `${checked.rows} acknowledged leads found, progress ${checked.signedWan} = sum`,
    );
  }, 180_000);
});
