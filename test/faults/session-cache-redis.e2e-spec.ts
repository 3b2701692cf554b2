import { Client } from 'pg';
import { SessionCache } from '../../apps/api/src/auth/session-cache.service';
import { until } from '../support/app-process';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { PrivateRedis } from './private-services';

/**
 * The session cache only while its Redis subscription is up: with Redis away (no change could be announced) every
 * request asks PostgreSQL, so a change made anywhere is seen at once; once Redis is back the cache starts empty.
 */
describe('session cache with Redis away', () => {
  const redis = new PrivateRedis();
  let env: TestEnv;
  let api: ApiHandle;
  let db: Client;
  const me = (token: string) => api.http().get('/api/v1/users/me').set('Authorization', `Bearer ${token}`);
  const setActive = (id: string, active: boolean) =>
    db.query(`UPDATE users SET active = $2 WHERE id = $1`, [id, active]);

  beforeAll(async () => {
    await redis.start();
    env = await createTestEnv({ REDIS_URL: redis.url });
    api = await startApi(env);
    db = new Client({ connectionString: env.config.databaseUrl });
    db.on('error', () => undefined);
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env?.dropDatabase();
    await redis.stop();
  });

  it('asks PostgreSQL on every request while the subscription is down, and starts empty when it is back', async () => {
    const cache = api.app.get(SessionCache);
    await until(() => cache.active, 'the subscription', 10_000);
    const staff = await createUser(api, 'staff');
    expect((await me(staff.token)).status).toBe(200);
    // Behind the API's back: the cached state answers.
    await setActive(staff.id, false);
    expect((await me(staff.token)).status).toBe(200);

    await redis.down();
    await until(() => !cache.active, 'the subscription to drop', 10_000);
    expect((await me(staff.token)).status).toBe(401);
    await setActive(staff.id, true);
    expect((await me(staff.token)).status).toBe(200);
    await setActive(staff.id, false);
    expect((await me(staff.token)).status).toBe(401);

    await setActive(staff.id, true);
    await redis.up();
    await until(() => cache.active, 'the subscription to come back', 20_000);
    expect((await me(staff.token)).status).toBe(200);
  });
});
