import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createTestEnv, TestEnv } from '../support/harness';
import { SmtpTestServer } from './smtp-test-server';
import { settle, waitFor } from './wait-for';
import { deleteQueueKeys, WorkerFixtures } from './worker-fixtures';
import { WorkerProcess } from './worker-process';

const ROOT = join(__dirname, '..', '..');

/** `npm run seed` into this test's database (the demo pipeline, dated from today). */
function seed(env: TestEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/seed.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: env.config.databaseUrl,
        ADMIN_EMAIL: env.config.adminEmail,
        ADMIN_PASSWORD: env.config.adminPassword,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed failed: ${output}`))));
  });
}

/**
 * A first start over the demo data: seed a database, start the real worker (its own process, the real clock, the
 * default digest schedule), and count what it sends. A lead owes at most its most recent reminder; escalations
 * arrive in one daily list per person; each active user gets this week's digest once.
 */
describe('a first start over the demo data', () => {
  const smtp = new SmtpTestServer();
  let env: TestEnv;
  let db: WorkerFixtures;
  let worker: WorkerProcess;

  beforeAll(async () => {
    await smtp.start();
    env = await createTestEnv({ SMTP_URL: smtp.url });
    db = new WorkerFixtures(env.config);
    await seed(env);
    worker = new WorkerProcess({
      NODE_ENV: 'development',
      DATABASE_URL: env.config.databaseUrl,
      REDIS_URL: env.config.redisUrl,
      QUEUE_PREFIX: env.config.queuePrefix,
      SMTP_URL: smtp.url,
      REMINDER_SCAN_EVERY: '2s',
    });
    await worker.start();
  }, 120_000);
  afterAll(async () => {
    await worker?.stop('SIGTERM');
    await db?.close();
    await smtp.stop();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  it('sends each lead at most one reminder, one daily list per person and one digest per active user', async () => {
    // Settled: nothing is pending, and no email arrived between two looks 3 s apart (the scan runs every 2 s).
    let last = -1;
    await waitFor(
      async () => {
        const quiet = smtp.received.length === last;
        last = smtp.received.length;
        return quiet && last > 0 && (await db.pendingCount()) === 0;
      },
      'the first start to settle',
      { timeoutMs: 60_000, intervalMs: 3000 },
    );
    await settle(4500); // two more scans: still nothing new
    const { rows } = await db.pool.query<{ kind: string; status: string; n: number; leads: number }>(
      `SELECT kind, status, count(*)::int AS n, count(DISTINCT lead_id)::int AS leads
         FROM notifications GROUP BY kind, status ORDER BY kind, status`,
    );
    const count = (kind: string, status = 'sent') =>
      rows.find((r) => r.kind === kind && r.status === status)?.n ?? 0;
    const perLead = await db.pool.query<{ lead_id: string; n: number }>(
      `SELECT lead_id, count(*)::int AS n FROM notifications
        WHERE kind IN ('due_soon', 'overdue') AND status = 'sent' GROUP BY lead_id HAVING count(*) > 1`,
    );
    const people = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE active`);
    const lists = await db.pool.query<{ user_id: string; n: number }>(
      `SELECT user_id, count(*)::int AS n FROM notifications WHERE kind = 'daily_duban' AND status = 'sent' GROUP BY user_id`,
    );

    const reminders = count('due_soon') + count('overdue');
    const total = reminders + count('daily_duban') + count('digest');
    console.log(
      `first start over the demo data: ${total} emails — ${reminders} reminders (${count('due_soon')} due soon, ` +
        `${count('overdue')} overdue; ${count('due_soon', 'skipped') + count('overdue', 'skipped')} older ones skipped), ` +
        `${count('daily_duban')} daily lists carrying ${count('escalation')} escalations, ${count('digest')} digests`,
    );

    expect(perLead.rows).toEqual([]); // no lead got two reminders
    expect(reminders).toBeGreaterThan(0);
    expect(count('escalation')).toBeGreaterThan(0);
    expect(lists.rows.every((l) => l.n === 1)).toBe(true); // one list per person
    expect(count('digest')).toBe(people.rows[0].n);
    expect(smtp.received).toHaveLength(total);
    // Small: a handful of lists instead of one email per escalated lead.
    expect(count('daily_duban')).toBeLessThanOrEqual(3);
    expect(count('daily_duban')).toBeLessThan(count('escalation'));
    // Every email is Chinese and subjects say what they are.
    expect(
      smtp.received.every((m) => /^【(到期提醒|逾期提醒|督办清单|招商周报|我的本周项目)】/.test(m.subject)),
    ).toBe(true);
  });
});
