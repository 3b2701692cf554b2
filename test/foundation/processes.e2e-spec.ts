import { createServer } from 'node:net';
import { startAppProcess, until } from '../support/app-process';
import { createTestEnv, startApi, TestEnv } from '../support/harness';
import { TEST_REDIS_URL } from '../support/test-env';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

describe('the apps as processes', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env?.dropDatabase();
  });

  const baseEnv = () => ({
    DATABASE_URL: env.config.databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: env.config.queuePrefix,
    ADMIN_EMAIL: env.config.adminEmail,
    ADMIN_PASSWORD: env.config.adminPassword,
  });

  it('the API starts (migrations already applied: none to run), answers, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const api = startAppProcess('api', { ...baseEnv(), PORT: String(port), MIGRATE_ON_START: 'true' });
    await until(
      () => /listening on port/.test(api.output()) || api.child.exitCode !== null,
      'the API to listen',
    );
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(health.status).toBe(200);
    api.child.kill('SIGTERM');
    // It drains HTTP (SHUTDOWN_GRACE_MS), closes Redis and PostgreSQL, and exits 0 (test/faults: under load).
    expect(await api.exit).toEqual({ code: 0, signal: null });
    expect(api.output()).not.toMatch(/ERROR/);
  });

  it('the worker starts without an HTTP server and stops cleanly on SIGTERM', async () => {
    const worker = startAppProcess('worker', baseEnv());
    await until(
      () => worker.output().includes('Luodi worker started') || worker.child.exitCode !== null,
      'the worker',
    );
    expect(worker.output()).not.toMatch(/listening on port/);
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toEqual({ code: 0, signal: null });
    expect(worker.output()).not.toMatch(/ERROR/);
  });

  it('a bad configuration value stops start-up with a message naming the variable', async () => {
    const api = startAppProcess('api', { ...baseEnv(), REMINDER_SCAN_EVERY: 'often' });
    expect((await api.exit).code).toBe(1);
    expect(api.output()).toMatch(/REMINDER_SCAN_EVERY/);
    const prod = startAppProcess('worker', {
      ...baseEnv(),
      NODE_ENV: 'production',
      ADMIN_PASSWORD: 'long-enough-pw',
    });
    expect((await prod.exit).code).toBe(1);
    expect(prod.output()).toMatch(/JWT_SECRET/);
  });

  it('health answers 503 naming Redis when Redis is unreachable, and the API still serves', async () => {
    const port = await freePort(); // nothing listens there
    const downEnv: TestEnv = { ...env, config: { ...env.config, redisUrl: `redis://127.0.0.1:${port}` } };
    const api = await startApi(downEnv);
    try {
      const res = await api.http().get('/api/v1/health');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'unavailable', checks: { database: 'up', redis: 'down' } });
      const me = await api.http().get('/api/v1/users/me').set('Authorization', `Bearer ${api.adminToken}`);
      expect(me.status).toBe(200);
    } finally {
      await api.close();
    }
  });
});
