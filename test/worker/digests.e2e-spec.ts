import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { ApiHandle, createTestEnv, createUser, startApi, startWorker, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { MAIL_SETTINGS } from '../../libs/notifications/src';
import { JobName, QueueName } from '../../libs/queues/src';
import { SmtpTestServer } from './smtp-test-server';
import { settle, waitFor } from './wait-for';
import { deleteQueueKeys, FAST_MAIL, TestQueues, WorkerFixtures } from './worker-fixtures';

describe('weekly digests and the notification ledger API', () => {
  const smtp = new SmtpTestServer();
  // Wednesday 2024-04-03, 10:00 in Shanghai: the current zone week is 2024-W14.
  const clock = new MutableClock(new Date('2024-04-03T02:00:00Z'));
  let env: TestEnv;
  let api: ApiHandle;
  let worker: INestApplicationContext;
  let db: WorkerFixtures;
  let queues: TestQueues;
  let staff: { id: string; email: string; token: string };
  let supervisor: { id: string; email: string; token: string };
  let activeUsers: number;

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    await smtp.start();
    env = await createTestEnv({ SMTP_URL: smtp.url });
    api = await startApi(env, { clock });
    worker = await startWorker(env, WorkerModule, {
      clock,
      configure: (b) => b.overrideProvider(MAIL_SETTINGS).useValue(FAST_MAIL),
    });
    db = new WorkerFixtures(env.config);
    queues = new TestQueues(env.config);
    staff = await createUser(api, 'staff', 'digest-staff');
    supervisor = await createUser(api, 'supervisor', 'digest-supervisor');
    const inactive = await createUser(api, 'staff', 'digest-inactive');
    await db.pool.query(`UPDATE users SET active = false WHERE id = $1`, [inactive.id]);
    activeUsers = 3; // admin, staff, supervisor
    await db.lead({ ownerId: staff.id, stageDeadline: '2024-04-05', projectName: '本周到期的<b>项目</b>' });
    const overdue = await db.lead({
      ownerId: staff.id,
      stageDeadline: '2024-03-20',
      projectName: '已经逾期的项目',
    });
    await db.pool.query(`UPDATE leads SET next_follow_up_at = '2024-04-05T01:00:00Z' WHERE id = $1`, [
      overdue.id,
    ]);
    await db.pool.query(
      `INSERT INTO targets (year, signed_amount_wan) VALUES (2024, '6000000.0000') ON CONFLICT DO NOTHING`,
    );
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await queues?.close();
    await db?.close();
    await smtp.stop();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  it("catches up on start: a worker started after Monday's slot sends that week's digest", async () => {
    // No POST, no scheduled run yet: the worker started on Wednesday of 2024-W14 asked for W14 itself.
    const rows = await waitFor(async () => {
      const found = await db.notifications(`kind = 'digest' AND recipient = $1`, ['admin@luodi.test']);
      return found[0]?.status === 'sent' ? found : null;
    }, "the admin's catch-up digest");
    expect(rows.map((r) => r.week)).toEqual(['2024-W14']);
  });

  it('sends one digest per active user per week, however often the week is run', async () => {
    const first = await api
      .http()
      .post('/api/v1/digests/run')
      .set(auth(api.adminToken))
      .send({ week: '2024-W14' });
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ week: '2024-W14' });
    await waitFor(
      () => smtp.received.length >= activeUsers && db.pendingCount().then((n) => n === 0),
      'digests',
    );

    const again = await api
      .http()
      .post('/api/v1/digests/run')
      .set(auth(api.adminToken))
      .send({ week: '2024-W14' });
    expect(again.status).toBe(202);
    await settle(1000);
    expect(smtp.received).toHaveLength(activeUsers);
    const rows = await db.notifications(`kind = 'digest'`);
    expect(rows).toHaveLength(activeUsers);
    expect(rows.every((r) => r.week === '2024-W14' && r.status === 'sent')).toBe(true);

    const [staffMail] = smtp.to(staff.email);
    expect(staffMail.subject).toContain('2024-W14');
    expect(staffMail.text).toContain('本周到期的<b>项目</b>');
    expect(staffMail.text).toContain('- 已经逾期的项目（测试企业');
    expect(staffMail.text).toMatch(/已逾期（1）：\n- 已经逾期的项目.*逾期 14 天/);
    expect(staffMail.text).toMatch(/待跟进（1）：\n- 已经逾期的项目.*跟进日 2024-04-05/);
    expect(staffMail.text).toMatch(/本周到期（1）：\n- 本周到期的<b>项目<\/b>.*期限 2024-04-05/);
    expect(staffMail.html).toContain('本周到期的&lt;b&gt;项目&lt;/b&gt;');

    const [zoneMail] = smtp.to(supervisor.email);
    expect(zoneMail.subject).toContain('全区招商周报');
    expect(zoneMail.text).toContain('目标 600.0000 亿元');
    expect(zoneMail.html).toContain('background:#e0e0e0'); // the table-cell progress bar
    expect(zoneMail.text).toContain('上周三个一批（2024-03-25 至 2024-03-31）');
    expect(zoneMail.text).toContain('- 洽谈：2 个');
    expect(zoneMail.text).toContain('- digest-staff：1 个，最长逾期 14 天');
  });

  it('defaults to the current zone week and validates the week', async () => {
    const res = await api.http().post('/api/v1/digests/run').set(auth(api.adminToken)).send({});
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ week: '2024-W14' });

    const bad = await api
      .http()
      .post('/api/v1/digests/run')
      .set(auth(api.adminToken))
      .send({ week: '2024-W53', x: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['week', 'x']);

    const staffRun = await api.http().post('/api/v1/digests/run').set(auth(staff.token)).send({});
    expect(staffRun.status).toBe(403);
  });

  it('takes the week from the scheduled slot: Sunday 23:30 and Monday 00:10 in Shanghai are different weeks', async () => {
    // 2024-04-07 is a Sunday. The process runs in TZ=UTC, where both instants fall on Sunday.
    await queues.run(
      QueueName.Digests,
      JobName.WeeklyDigest,
      {},
      { prevMillis: Date.parse('2024-04-07T15:30:00Z') },
    );
    await queues.run(
      QueueName.Digests,
      JobName.WeeklyDigest,
      {},
      { prevMillis: Date.parse('2024-04-07T16:10:00Z') },
    );
    const weeks = await db.pool.query<{ week: string; n: number }>(
      `SELECT week, count(*)::int AS n FROM notifications WHERE kind = 'digest' GROUP BY week ORDER BY week`,
    );
    expect(weeks.rows).toEqual([
      { week: '2024-W14', n: activeUsers },
      { week: '2024-W15', n: activeUsers },
    ]);
    await waitFor(async () => (await db.pendingCount()) === 0, 'W15 digests sent');
    expect(smtp.received).toHaveLength(2 * activeUsers);
  });

  it('lists the ledger: everything for supervisors, only their own for staff', async () => {
    const all = await api.http().get('/api/v1/notifications?kind=digest&limit=2').set(auth(supervisor.token));
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.nextCursor).toEqual(expect.any(String));
    expect(all.body.items[0]).toEqual({
      id: expect.any(String),
      kind: 'digest',
      offsetDays: null,
      leadId: null,
      userId: expect.any(String),
      recipient: expect.any(String),
      week: expect.stringMatching(/^2024-W1[45]$/),
      status: 'sent',
      attempts: 1,
      sentAt: expect.stringMatching(/Z$/),
      createdAt: expect.stringMatching(/Z$/),
    });
    const next = await api
      .http()
      .get(`/api/v1/notifications?kind=digest&limit=50&cursor=${all.body.nextCursor}`)
      .set(auth(supervisor.token));
    expect(next.body.items).toHaveLength(2 * activeUsers - 2);

    const own = await api.http().get('/api/v1/notifications').set(auth(staff.token));
    expect(own.status).toBe(200);
    expect(own.body.items).toHaveLength(2);
    expect(own.body.items.every((n: { userId: string }) => n.userId === staff.id)).toBe(true);

    const byUser = await api
      .http()
      .get(`/api/v1/notifications?userId=${staff.id}`)
      .set(auth(supervisor.token));
    expect(byUser.body.items).toHaveLength(2);

    const other = await api
      .http()
      .get(`/api/v1/notifications?userId=${supervisor.id}`)
      .set(auth(staff.token));
    expect(other.status).toBe(403);
    const badKind = await api
      .http()
      .get('/api/v1/notifications?kind=sms&leadId=nope')
      .set(auth(supervisor.token));
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'leadId']);
  });

  it('publishes both routes in the OpenAPI document', async () => {
    const doc = await api.http().get('/api/docs-json');
    expect(doc.body.paths['/api/v1/notifications'].get).toBeDefined();
    expect(doc.body.paths['/api/v1/digests/run'].post.responses['202']).toBeDefined();
  });

  it('serves the queues UI to admins only', async () => {
    expect((await api.http().get('/admin/queues')).status).toBe(401);
    expect((await api.http().get('/admin/queues').set(auth(staff.token))).status).toBe(403);
    const page = await api.http().get('/admin/queues').set(auth(api.adminToken));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const res = await api.http().get('/admin/queues/api/queues').set(auth(api.adminToken));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('mail');
  });

  it('answers 503 UNAVAILABLE at once when the queue cannot be reached (and writes nothing)', async () => {
    // The API's producer connection to Redis is gone (as when Redis is down).
    await api.app.get<Queue>(getQueueToken(QueueName.Digests), { strict: false }).close();
    const before = await db.notifications(`kind = 'digest'`);
    const res = await api
      .http()
      .post('/api/v1/digests/run')
      .set(auth(api.adminToken))
      .send({ week: '2024-W20' });
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('UNAVAILABLE');
    expect(await db.notifications(`kind = 'digest'`)).toHaveLength(before.length);
  });
});
