import { Client } from 'pg';
import { SessionCache } from '../../apps/api/src/auth/session-cache.service';
import { until } from '../support/app-process';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';

/**
 * Two API processes on one database and Redis (the same queue prefix, so the same channel): the guard answers
 * from memory, and a change made through either process locks the user out of both at once.
 */
describe('session cache across API processes', () => {
  let env: TestEnv;
  let a: ApiHandle;
  let b: ApiHandle;
  let db: Client;
  const PASSWORD = 'password-0123456789';
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const me = (api: ApiHandle, token: string) => api.http().get('/api/v1/users/me').set(bearer(token));

  beforeAll(async () => {
    env = await createTestEnv();
    a = await startApi(env);
    b = await startApi(env);
    for (const api of [a, b])
      await until(() => api.app.get(SessionCache).active, 'the session-change subscription', 10_000);
    db = new Client({ connectionString: env.config.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await a?.close();
    await b?.close();
    await env?.dropDatabase();
  });

  /** A staff user whose session both processes have cached; proven by a change the cache cannot see. */
  async function cachedEverywhere(): Promise<{ id: string; email: string; token: string }> {
    const staff = await createUser(a, 'staff');
    for (const api of [a, b]) expect((await me(api, staff.token)).body.name).toBe(staff.email.split('@')[0]);
    // Behind the API's back (no announcement): both processes keep answering from memory.
    await db.query(`UPDATE users SET name = 'renamed behind the back' WHERE id = $1`, [staff.id]);
    for (const api of [a, b]) expect((await me(api, staff.token)).body.name).toBe(staff.email.split('@')[0]);
    return staff;
  }

  it('a deactivation through one process locks the user out of the other at once', async () => {
    const staff = await cachedEverywhere();
    await a
      .http()
      .patch(`/api/v1/users/${staff.id}`)
      .set(bearer(a.adminToken))
      .send({ active: false })
      .expect(200);
    for (const api of [b, a]) {
      const res = await me(api, staff.token);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a role change through one process is seen by the other on its next request', async () => {
    const staff = await cachedEverywhere();
    expect((await b.http().get('/api/v1/users').set(bearer(staff.token))).status).toBe(403);
    await a
      .http()
      .patch(`/api/v1/users/${staff.id}`)
      .set(bearer(a.adminToken))
      .send({ role: 'admin' })
      .expect(200);
    const res = await b.http().get('/api/v1/users').set(bearer(staff.token));
    expect(res.status).toBe(200);
    expect((await me(b, staff.token)).body).toMatchObject({ role: 'admin', name: 'renamed behind the back' });
  });

  it('a logout and a password reset through one process end the tokens in the other', async () => {
    const staff = await cachedEverywhere();
    const second = await a.login(staff.email, PASSWORD);
    expect((await me(b, second)).status).toBe(200);
    await b.http().post('/api/v1/auth/logout').set(bearer(staff.token)).expect(204);
    expect((await me(a, staff.token)).status).toBe(401);
    expect((await me(a, second)).status).toBe(200);
    await b
      .http()
      .post(`/api/v1/users/${staff.id}/password`)
      .set(bearer(b.adminToken))
      .send({ newPassword: 'Fenhe-2025-autumn' })
      .expect(204);
    expect((await me(a, second)).status).toBe(401);
    expect((await me(b, second)).status).toBe(401);
  });
});
