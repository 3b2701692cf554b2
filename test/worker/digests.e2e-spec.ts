import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { ApiHandle, createTestEnv, createUser, startApi, startWorker, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { MAIL_SETTINGS, MailQueueService } from '@luodi/notifications';
import { JobName, QueueName } from '@luodi/queues';
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

  let overdueLeadId: string;

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  /** SMTP canonicalises line ends to CRLF; the HTML is otherwise byte for byte what the preview returns. */
  const normalise = (html: string) => html.replace(/\r\n/g, '\n').trimEnd();

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
    overdueLeadId = overdue.id;
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

    // 我的本周项目: the staff member's open leads, each in one section, dates and weeks as an office writes them.
    const [staffMail] = smtp.to(staff.email);
    expect(staffMail.subject).toBe('【我的本周项目】2024年第14周（4月1日—4月7日）：1个已逾期、1个本周到期');
    expect(staffMail.text).toMatch(
      /一、已逾期（1个）\n项目 \| 阶段 \| 阶段期限 \| 逾期 \| 下次跟进\n1\. 测试企业\w+·已经逾期的项目 \| 洽谈 \| 3月20日 \| 逾期14天 \| 4月5日\n/,
    );
    expect(staffMail.text).toMatch(
      /1\. 测试企业\w+·本周到期的<b>项目<\/b> \| 洽谈 \| 4月5日（周五） \| 还有2天/,
    );
    // The overdue lead's follow-up is shown beside it, not as a second entry.
    expect(staffMail.text).toContain('三、待跟进（3月4日以来错过或4月9日前到期，0个）');
    expect(staffMail.text).toContain(`http://localhost:3000/leads/${overdueLeadId}`);
    expect(staffMail.html).toContain('本周到期的&lt;b&gt;项目&lt;/b&gt;');
    expect(staffMail.html).not.toContain('<b>项目');

    // 全区招商周报: target progress in 亿元, last week's events, warnings, this year's funnel.
    const [zoneMail] = smtp.to(supervisor.email);
    expect(zoneMail.subject).toBe('【招商周报】2024年第14周（4月1日—4月7日）');
    expect(zoneMail.text).toContain(
      '本期周报统计上周（3月25日—3月31日）的项目动态；目标进度、预警和漏斗为截至4月3日的状态。',
    );
    expect(zoneMail.text).toContain('已签约 / 全年目标：0.00亿元 / 600.00亿元（0个项目）');
    expect(zoneMail.text).toContain('序时进度：25.7%（应完成154.10亿元）');
    expect(zoneMail.text).toContain('与序时进度比：落后序时进度154.10亿元');
    expect(zoneMail.html).toContain('background:#e0e0e0'); // the table-cell progress bar
    expect(zoneMail.text).toContain('二、上周动态（3月25日—3月31日）');
    expect(zoneMail.text).toContain('红灯（已逾期）：1个 http://localhost:3000/leads?warning=red');
    expect(zoneMail.text).toMatch(/1\. 测试企业\w+·已经逾期的项目 \| 洽谈 \| digest-staff \| 未指定 \| 14天/);
    expect(zoneMail.text).toContain('五、本年项目漏斗（1月1日以来新建的');
    expect(zoneMail.text).toContain('打开驾驶舱：http://localhost:3000/cockpit');
  });

  it('previews the HTML a user gets, byte for byte, and sends nothing', async () => {
    const sentBefore = smtp.received.length;
    const rowsBefore = (await db.notifications()).length;
    const staffPreview = await api
      .http()
      .get(`/api/v1/digests/preview?week=2024-W14&userId=${staff.id}`)
      .set(auth(api.adminToken));
    expect(staffPreview.status).toBe(200);
    expect(staffPreview.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(staffPreview.headers['cache-control']).toBe('no-store');
    expect(normalise(staffPreview.text)).toBe(normalise(smtp.to(staff.email)[0].html));

    const zonePreview = await api
      .http()
      .get(`/api/v1/digests/preview?week=2024-W14&userId=${supervisor.id.toUpperCase()}`)
      .set(auth(api.adminToken));
    expect(zonePreview.status).toBe(200);
    expect(normalise(zonePreview.text)).toBe(normalise(smtp.to(supervisor.email)[0].html));

    // Without parameters: the caller's own digest for this week (an admin gets the zone's).
    const own = await api.http().get('/api/v1/digests/preview').set(auth(api.adminToken));
    expect(own.status).toBe(200);
    expect(own.text).toContain('全区招商周报 · 2024年第14周');
    // Next week can be checked before Monday.
    const nextWeek = await api
      .http()
      .get(`/api/v1/digests/preview?week=2024-W15&userId=${staff.id}`)
      .set(auth(api.adminToken));
    expect(nextWeek.status).toBe(200);
    expect(nextWeek.text).toContain('我的本周项目 · 2024年第15周');

    await settle(300);
    expect(smtp.received).toHaveLength(sentBefore);
    expect(await db.notifications()).toHaveLength(rowsBefore);
  });

  it('refuses a preview for a bad week, an unknown user, a bad id, and to anyone but an admin', async () => {
    const preview = (query: string, token = api.adminToken) =>
      api.http().get(`/api/v1/digests/preview${query}`).set(auth(token));

    const old = await preview(`?week=1900-W01&userId=${staff.id}`);
    expect(old.status).toBe(400);
    expect(old.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(old.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'week', message: '须在2000-W01至2024-W15之间（从2000年第1周到下周）' }],
    });
    const malformed = await preview('?week=2024-W99');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ field: 'week', message: '须为ISO周，如2026-W49' }]);
    const english = await preview('?week=2024-W16').set('Accept-Language', 'en');
    expect(english.status).toBe(400);
    expect(english.body.errors).toEqual([
      {
        field: 'week',
        message: 'must be between 2000-W01 and 2024-W15 (from the first week of 2000 to next week)',
      },
    ]);

    const unknown = await preview('?userId=00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const badId = await preview('?userId=nope&x=1');
    expect(badId.status).toBe(400);
    expect(badId.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['userId', 'x']);

    expect((await preview('', supervisor.token)).status).toBe(403);
    expect((await preview(`?userId=${staff.id}`, staff.token)).status).toBe(403);
    expect((await api.http().get('/api/v1/digests/preview')).status).toBe(401);
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

    // A week no digest can be composed for is refused before it reaches the queue, naming the range.
    for (const week of ['1900-W01', '1999-W52', '2024-W16']) {
      const res = await api.http().post('/api/v1/digests/run').set(auth(api.adminToken)).send({ week });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'week', message: '须在2000-W01至2024-W15之间（从2000年第1周到下周）' }],
      });
    }
    // Nothing was queued for them.
    const jobs = await queues
      .queue(QueueName.Digests)
      .getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
    expect(jobs.filter((j) => ['1900-W01', '1999-W52', '2024-W16'].includes(j.data?.week))).toEqual([]);
    expect(jobs.some((j) => j.data?.week === '2024-W14')).toBe(true); // the check would see queued jobs

    // The bounds themselves are accepted: next week can be sent (and its digests composed) ahead of Monday.
    const edge = await api
      .http()
      .post('/api/v1/digests/run')
      .set(auth(api.adminToken))
      .send({ week: '2024-W15' });
    expect(edge.status).toBe(202);
    const first = await api
      .http()
      .get(`/api/v1/digests/preview?week=2000-W01&userId=${supervisor.id}`)
      .set(auth(api.adminToken));
    expect(first.status).toBe(200);
    expect(first.text).toContain('全区招商周报 · 2000年第1周');
    expect(first.text).toContain('2000年尚未设置签约目标');

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
    const lists = await api.http().get('/api/v1/notifications?kind=daily_duban').set(auth(supervisor.token));
    expect(lists.status).toBe(200);
    expect(lists.body.items).toEqual([]);
    const badKind = await api
      .http()
      .get('/api/v1/notifications?kind=sms&leadId=nope')
      .set(auth(supervisor.token));
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'leadId']);
  });

  it('marks a digest that cannot be composed failed for good: one attempt, no retry', async () => {
    // A row written before the week bounds existed (or by hand): 1900 is outside every report's years.
    const { rows } = await db.pool.query<{ id: string }>(
      `INSERT INTO notifications (dedupe_key, kind, user_id, recipient, week)
       VALUES ($1, 'digest', $2, $3, '1900-W01') RETURNING id`,
      [`digest:${supervisor.id}:1900-W01`, supervisor.id, supervisor.email],
    );
    const sentBefore = smtp.received.length;
    await worker.get(MailQueueService).enqueueOwed();
    const [failed] = await waitFor(async () => {
      const found = await db.notifications('id = $1', [rows[0].id]);
      return found[0]?.status === 'failed' ? found : null;
    }, 'the digest marked failed');
    await settle(1500); // many retry delays (200 ms, exponential) would have passed
    expect((await db.notifications('id = $1', [rows[0].id]))[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
    });
    expect(failed.attempts).toBe(1);
    await worker.get(MailQueueService).enqueueOwed(); // a later scan does not pick it up again
    await settle(500);
    expect((await db.notifications('id = $1', [rows[0].id]))[0].attempts).toBe(1);
    expect(smtp.received).toHaveLength(sentBefore);

    // A digest job for such a week fails once and records nothing.
    await expect(queues.run(QueueName.Digests, JobName.WeeklyDigest, { week: '1900-W01' })).rejects.toThrow(
      /2000-W01/,
    );
    expect(
      await db.notifications(`week = '1900-W01' AND kind = 'digest' AND id <> $1`, [rows[0].id]),
    ).toEqual([]);
  });

  it('publishes both routes in the OpenAPI document', async () => {
    const doc = await api.http().get('/api/docs-json');
    expect(doc.body.paths['/api/v1/notifications'].get).toBeDefined();
    expect(doc.body.paths['/api/v1/digests/run'].post.responses['202']).toBeDefined();
    const preview = doc.body.paths['/api/v1/digests/preview'].get;
    expect(preview.responses['200'].content['text/html']).toBeDefined();
    expect(preview.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['userId', 'week']);
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
      .send({ week: '2024-W15' });
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('UNAVAILABLE');
    expect(await db.notifications(`kind = 'digest'`)).toHaveLength(before.length);
  });
});
