/**
 * The send half of bench:reminders: a local SMTP server that counts what it accepts (in this process), the
 * compiled worker as its own process (NODE_ENV=production) on the scratch database, a clock from the reminder
 * scan's start until every email owed was accepted, the week's digests timed the same way, and the baseline:
 * bare nodemailer sending to the same SMTP server (smtp-baseline.ts).
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '@luodi/core';
import { JobName, QueueName } from '@luodi/queues/queue-names';
import { nodeFlags } from './node-flags';

const ROOT = join(__dirname, '..', '..');

export interface SmtpCatcher {
  port: number;
  accepted: number;
  lastAcceptedAt: number;
  /** When each email was accepted (performance.now()). */
  times: number[];
  close: () => Promise<void>;
}

export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const catcher: SmtpCatcher = {
    port: 0,
    accepted: 0,
    lastAcceptedAt: 0,
    times: [],
    close: async () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 1000,
    onData: (stream, _session, callback) => {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        catcher.accepted += 1;
        catcher.lastAcceptedAt = performance.now();
        catcher.times.push(catcher.lastAcceptedAt);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  catcher.port = (server.server.address() as AddressInfo).port;
  catcher.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return catcher;
}

export interface Worker {
  child: ChildProcess;
  queuePrefix: string;
  stop: () => Promise<void>;
  /** Peak resident set size (VmHWM) in MB. */
  peakRssMb: () => number | null;
}

/** `nest build worker` (what production runs: `node dist/apps/worker/main.js`). */
export function buildWorker(): void {
  const nest = join(ROOT, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js');
  for (const args of [[nest, 'build', 'worker'], [join(ROOT, 'scripts', 'link-entrypoints.js')]]) {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('worker build failed');
  }
}

/**
 * The compiled worker (`dist/apps/worker/main.js`, see buildWorker), resolved once it says it started. Its
 * weekly-digest schedule has no run near now, so it sends no digests at start: the bench asks for them.
 */
export async function startWorker(databaseUrl: string, smtpPort: number): Promise<Worker> {
  const queuePrefix = `luodi-bench-mail-${process.pid}`;
  const profile = process.env.BENCH_CPU_PROF;
  const child = spawn(
    process.execPath,
    [
      // Production's Node options (package.json start:worker; BENCH_NODE_FLAGS replaces them, see node-flags.ts).
      ...nodeFlags('worker', process.env.BENCH_NODE_FLAGS),
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
      join(ROOT, 'dist', 'apps', 'worker', 'main.js'),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        QUEUE_PREFIX: queuePrefix,
        JWT_SECRET: randomBytes(32).toString('hex'),
        ADMIN_PASSWORD: 'bench-admin-password-2024',
        REMINDER_SCAN_EVERY: '1h',
        DIGEST_CRON: '0 8 29 2 *', // 29 February only: no catch-up digest at start
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the worker did not start: ${output}`)), 120_000);
    const watch = (d: Buffer) => {
      output = (output + d.toString()).slice(-4000);
      if (output.includes('worker started')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.once('exit', (code) => reject(new Error(`the worker exited (${code}): ${output}`)));
  });
  return {
    child,
    queuePrefix,
    peakRssMb: () => {
      try {
        const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) / 1024 : null;
      } catch {
        return null;
      }
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const ended = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await ended;
      clearTimeout(timer);
    },
  };
}

/**
 * The baseline of the same run: bare nodemailer (a pool of 8 connections, one message in flight on each) sending
 * `count` reminder-sized emails to the bench's SMTP server from its own process.
 */
export async function smtpBaseline(
  catcher: SmtpCatcher,
  count: number,
): Promise<{ rate: number; seconds: number }> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      join(ROOT, 'scripts/bench/smtp-baseline.ts'),
      String(catcher.port),
      String(count),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  if (code !== 0) throw new Error(`smtp baseline exited with ${code}`);
  const { seconds } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { seconds: number };
  return { rate: count / seconds, seconds };
}

async function pending(c: Client): Promise<number> {
  const { rows } = await c.query<{ n: string }>(
    `SELECT count(*) AS n FROM notifications WHERE status = 'pending' AND kind <> 'escalation'`,
  );
  return Number(rows[0].n);
}

/**
 * Waits until the worker's start-up work is done: its reminder scan and mail jobs are finished (none waiting or
 * active; at 1M leads the scan alone takes longer than a quiet spell), no email is owed (escalations ride on the
 * daily lists) and the SMTP server has been quiet for `quietMs`.
 */
export async function settle(
  url: string,
  catcher: SmtpCatcher,
  worker: Worker,
  quietMs = 3000,
): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const connection = { url: loadConfig().redisUrl };
  const queues = [QueueName.Reminders, QueueName.Mail].map(
    (name) => new Queue(name, { connection, prefix: worker.queuePrefix }),
  );
  const busy = async () => {
    for (const q of queues) {
      const n = await q.getJobCounts('active', 'waiting', 'prioritized');
      if (Object.values(n).some((v) => v > 0)) return true;
    }
    return false;
  };
  try {
    let seen = -1;
    let since = performance.now();
    for (;;) {
      if (catcher.accepted !== seen) [seen, since] = [catcher.accepted, performance.now()];
      if (performance.now() - since > quietMs && !(await busy()) && (await pending(c)) === 0) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    for (const q of queues) await q.close();
    await c.end();
  }
}

/**
 * Leaves at most `limit` reminders pending (the rest skipped, as if sent earlier), asks the worker for a reminder
 * scan of `today`, and waits until nothing is pending. Returns the emails accepted, the seconds from the scan's
 * enqueue to the first and to the last one accepted, and the steady rate (emails/s between the 10th and 90th
 * percentile of the accepts: the sending alone, without the scan and the daily lists' planning).
 */
export async function scanAndSend(
  url: string,
  worker: Worker,
  catcher: SmtpCatcher,
  today: string,
  limit: number,
  timeoutMs = 20 * 60_000,
): Promise<{
  emails: number;
  seconds: number;
  firstSeconds: number;
  steadyRate: number;
  sent: number;
  skipped: number;
  failed: number;
}> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const queue = new Queue(QueueName.Reminders, {
    connection: { url: loadConfig().redisUrl },
    prefix: worker.queuePrefix,
  });
  try {
    await c.query(
      `UPDATE notifications SET status = 'skipped', last_error = 'bench: over the limit'
        WHERE id IN (SELECT id FROM notifications WHERE status = 'pending' AND kind IN ('due_soon', 'overdue')
                      ORDER BY id OFFSET $1)`,
      [limit],
    );
    const before = catcher.accepted;
    const t0 = performance.now();
    catcher.times = [];
    await queue.add(JobName.ReminderScan, { today }, { jobId: `bench-scan-${today}` });
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      if (worker.child.exitCode !== null) throw new Error('the worker exited during the send');
      if (performance.now() - t0 > timeoutMs) throw new Error('sending did not finish in time');
      if (performance.now() - t0 > 2000 && (await pending(c)) === 0) break;
    }
    const { rows } = await c.query<{ status: string; n: string }>(
      `SELECT status, count(*) AS n FROM notifications WHERE last_error IS DISTINCT FROM 'bench: over the limit'
        GROUP BY status`,
    );
    const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    const times = catcher.times;
    const [p10, p90] = [Math.floor(times.length * 0.1), Math.floor(times.length * 0.9)];
    return {
      emails: catcher.accepted - before,
      seconds: (catcher.lastAcceptedAt - t0) / 1000,
      firstSeconds: times.length ? (times[0] - t0) / 1000 : NaN,
      steadyRate: (p90 - p10) / ((times[p90] - times[p10]) / 1000),
      sent: by.sent ?? 0,
      skipped: by.skipped ?? 0,
      failed: by.failed ?? 0,
    };
  } finally {
    await queue.close();
    await c.end();
  }
}

/**
 * Asks the worker for `week`'s digests (one per active user) and waits until none is pending. Returns the digests
 * recorded, the emails accepted, and the seconds from the job's enqueue to the last one accepted.
 */
export async function sendDigests(
  url: string,
  worker: Worker,
  catcher: SmtpCatcher,
  week: string,
  timeoutMs = 10 * 60_000,
): Promise<{ digests: number; emails: number; seconds: number; sent: number }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const queue = new Queue(QueueName.Digests, {
    connection: { url: loadConfig().redisUrl },
    prefix: worker.queuePrefix,
  });
  const count = async (status: string | null) =>
    Number(
      (
        await c.query<{ n: string }>(
          `SELECT count(*) AS n FROM notifications WHERE kind = 'digest' AND week = $1
             AND ($2::text IS NULL OR status = $2)`,
          [week, status],
        )
      ).rows[0].n,
    );
  try {
    const before = catcher.accepted;
    const t0 = performance.now();
    await queue.add(JobName.WeeklyDigest, { week }, { jobId: `bench-digest-${week}` });
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      if (worker.child.exitCode !== null) throw new Error('the worker exited during the digests');
      if (performance.now() - t0 > timeoutMs) throw new Error('the digests did not finish in time');
      if ((await count(null)) > 0 && (await count('pending')) === 0) break;
    }
    return {
      digests: await count(null),
      sent: await count('sent'),
      emails: catcher.accepted - before,
      seconds: (catcher.lastAcceptedAt - t0) / 1000,
    };
  } finally {
    await queue.close();
    await c.end();
  }
}
