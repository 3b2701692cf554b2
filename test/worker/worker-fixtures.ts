import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { ConnectionOptions, Job, Queue, QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '@luodi/core';
import { MailSettings } from '@luodi/notifications';
import { redisOptions } from '@luodi/queues';

/**
 * Short timings for tests: quick retries and a lease that runs out in seconds. A batch's emails may start up to
 * 5 s after their claim (a loaded machine sends a 30-email batch over 4 connections in seconds); the lease is
 * shorter than the window plus a worst-case send (4 × 2 s) that these tests never reach.
 */
export const FAST_MAIL: MailSettings = {
  smtpTimeoutMs: 2000,
  smtpMaxConnections: 4,
  leaseMs: 8000,
  sendWindowMs: 5000,
  attempts: 20,
  retryDelayMs: 200,
};

/** A digest schedule (29 February only) with no run in the days around the tests' clocks: no catch-up digest. */
export const NO_RECENT_DIGEST = '0 8 29 2 *';

/** Direct SQL on the test database, for fixtures and for reading the ledger. */
export class WorkerFixtures {
  readonly pool: Pool;

  constructor(readonly config: AppConfig) {
    this.pool = new Pool({ connectionString: config.databaseUrl, max: 3 });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async user(role: 'staff' | 'supervisor' | 'admin', active = true): Promise<{ id: string; email: string }> {
    const email = `${role}-${randomBytes(4).toString('hex')}@luodi.test`;
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO users (email, name, role, password_hash, active) VALUES ($1, $2, $3, 'x', $4) RETURNING id`,
      [email, `测试${role}`, role, active],
    );
    return { id: rows[0].id, email };
  }

  async lead(f: {
    ownerId: string;
    stageDeadline: string;
    leaderId?: string | null;
    stage?: string;
    companyName?: string;
    projectName?: string;
  }): Promise<{ id: string; stageEntryId: string }> {
    const suffix = randomBytes(4).toString('hex');
    const company = f.companyName ?? `测试企业${suffix}`;
    const project = f.projectName ?? `测试项目${suffix}`;
    const { rows } = await this.pool.query<{ id: string; stage_entry_id: string }>(
      `INSERT INTO leads (company_name, company_key, project_name, project_key, track, planned_investment_wan,
                          stage, stage_entered_at, stage_deadline, owner_id, leader_id)
       VALUES ($1, $2, $3, $4, 'new_energy', '1000.0000', $5, $6::date - 30, $6::date, $7, $8)
       RETURNING id, stage_entry_id`,
      [
        company,
        `${company}-${randomUUID()}`,
        project,
        project,
        f.stage ?? 'lead',
        f.stageDeadline,
        f.ownerId,
        f.leaderId ?? null,
      ],
    );
    return { id: rows[0].id, stageEntryId: rows[0].stage_entry_id };
  }

  async notifications(where = 'true', params: unknown[] = []): Promise<LedgerRow[]> {
    const { rows } = await this.pool.query<LedgerRow>(
      `SELECT id, kind, lead_id, user_id, recipient, offset_days, week, status, attempts, dedupe_key
       FROM notifications WHERE ${where} ORDER BY created_at, offset_days NULLS FIRST, recipient`,
      params,
    );
    return rows;
  }

  async pendingCount(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE status = 'pending'`,
    );
    return rows[0].n;
  }
}

export interface LedgerRow {
  id: string;
  kind: string;
  lead_id: string | null;
  user_id: string | null;
  recipient: string;
  offset_days: number | null;
  week: string | null;
  status: string;
  attempts: number;
  dedupe_key: string;
}

/** A producer on the test's queues, to drive the worker the way the scheduler and the API do. */
export class TestQueues {
  private readonly queues = new Map<string, Queue>();
  private readonly events = new Map<string, QueueEvents>();

  constructor(private readonly config: AppConfig) {}

  queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, {
        connection: redisOptions(this.config.redisUrl, 'worker') as ConnectionOptions,
        prefix: this.config.queuePrefix,
      });
      this.queues.set(name, q);
    }
    return q;
  }

  private queueEvents(name: string): QueueEvents {
    let e = this.events.get(name);
    if (!e) {
      e = new QueueEvents(name, {
        connection: redisOptions(this.config.redisUrl, 'worker') as ConnectionOptions,
        prefix: this.config.queuePrefix,
      });
      this.events.set(name, e);
    }
    return e;
  }

  /** Adds a job and waits until a worker has finished it. */
  async run(
    name: string,
    jobName: string,
    data: object,
    opts: Record<string, unknown> = {},
  ): Promise<unknown> {
    const events = this.queueEvents(name);
    await events.waitUntilReady();
    const job: Job = await this.queue(name).add(jobName, data, opts);
    return job.waitUntilFinished(events, 30_000);
  }

  async close(): Promise<void> {
    for (const e of this.events.values()) await e.close();
    for (const q of this.queues.values()) await q.close();
  }
}

/** Deletes every Redis key under the test's queue prefix (the test's schedulers and jobs; a "flushed Redis"). */
/** Deletes every key of the run's queues (as a Redis flush would); returns the keys deleted. */
export async function deleteQueueKeys(config: AppConfig): Promise<string[]> {
  const redis = new Redis(config.redisUrl);
  const deleted: string[] = [];
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.queuePrefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      deleted.push(...keys);
      cursor = next;
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}
