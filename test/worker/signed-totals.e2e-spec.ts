import { INestApplicationContext } from '@nestjs/common';
import { ApiHandle, createTestEnv, createUser, startApi, startWorker, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { waitFor } from './wait-for';
import { deleteQueueKeys, NO_RECENT_DIGEST, WorkerFixtures } from './worker-fixtures';

describe('target totals follow signings through the outbox', () => {
  const clock = new MutableClock(new Date('2024-06-10T02:00:00Z'));
  let env: TestEnv;
  let api: ApiHandle;
  let worker: INestApplicationContext;
  let db: WorkerFixtures;

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const progress = async () => {
    const res = await api.http().get('/api/v1/targets/2024/progress').set(auth(api.adminToken));
    expect(res.status).toBe(200);
    return res.body as { signedWan: string; count: number };
  };

  beforeAll(async () => {
    env = await createTestEnv({ DIGEST_CRON: NO_RECENT_DIGEST });
    api = await startApi(env, { clock });
    worker = await startWorker(env, WorkerModule, { clock });
    db = new WorkerFixtures(env.config);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.close();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  it('shows a signing in progress within 5 s, and drops it when the signed lead is lost', async () => {
    const put = await api
      .http()
      .put('/api/v1/targets/2024')
      .set(auth(api.adminToken))
      .send({ signedAmountWan: '6000000' });
    expect([200, 201]).toContain(put.status);
    expect((await progress()).signedWan).toBe('0.0000');

    const staff = await createUser(api, 'staff');
    const created = await api.http().post('/api/v1/leads').set(auth(staff.token)).send({
      companyName: '太重集团',
      projectName: '智能矿山装备项目',
      track: 'equipment',
      plannedInvestmentWan: '20000',
    });
    expect(created.status).toBe(201);
    const signed = await api
      .http()
      .post(`/api/v1/leads/${created.body.id}/transitions`)
      .set(auth(staff.token))
      .send({ to: 'signed', signedAmountWan: '12345.6789', version: created.body.version });
    expect(signed.status).toBe(200);

    // Event-driven: LISTEN/NOTIFY → outbox drain → recompute job. Bounded by the contract's 5 s.
    await waitFor(async () => (await progress()).signedWan === '12345.6789', 'the signing in progress', {
      timeoutMs: 5000,
    });
    const pending = await db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL`);
    expect(pending.rows[0].n).toBe(0);

    const lost = await api
      .http()
      .post(`/api/v1/leads/${created.body.id}/transitions`)
      .set(auth(staff.token))
      .send({ to: 'lost', reason: '企业决策调整', version: signed.body.version });
    expect(lost.status).toBe(200);
    await waitFor(async () => (await progress()).signedWan === '0.0000', 'the lost lead out of progress', {
      timeoutMs: 5000,
    });
  });

  it('catches up on signings made while the worker was down (the outbox waits in PostgreSQL)', async () => {
    await worker.close();
    const staff = await createUser(api, 'staff');
    const created = await api.http().post('/api/v1/leads').set(auth(staff.token)).send({
      companyName: '比亚迪',
      projectName: '新能源电池项目',
      track: 'new_energy',
      plannedInvestmentWan: '500000',
    });
    const signed = await api
      .http()
      .post(`/api/v1/leads/${created.body.id}/transitions`)
      .set(auth(staff.token))
      .send({ to: 'signed', signedAmountWan: '400000', version: created.body.version });
    expect(signed.status).toBe(200);
    const waiting = await db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL`);
    expect(waiting.rows[0].n).toBe(1);

    worker = await startWorker(env, WorkerModule, { clock });
    await waitFor(async () => (await progress()).signedWan === '400000.0000', 'the signing in progress', {
      timeoutMs: 5000,
    });
  });
});
