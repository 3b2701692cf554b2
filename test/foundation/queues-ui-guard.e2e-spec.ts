import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ALL_QUEUES } from '@luodi/queues';
import { ApiHandle, createTestEnv, startApi, TestEnv } from '../support/harness';

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A private Redis this test may stop and start (never the shared one). */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
  });
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/**
 * The queues UI (bull-board) at /admin/queues: state-changing requests from another site's page are refused,
 * and with Redis down it answers a clean problem document (503), never ioredis's message.
 */
describe('queues UI: Origin check and Redis down', () => {
  let redis: ChildProcess;
  let port: number;
  let env: TestEnv;
  let api: ApiHandle;
  const queue = ALL_QUEUES[0];

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    env = await createTestEnv({ REDIS_URL: `redis://127.0.0.1:${port}` });
    api = await startApi(env);
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
    if (redis) await stopRedis(redis);
  });

  const admin = () => ({ Authorization: `Bearer ${api.adminToken}` });
  const paused = async (): Promise<boolean> => {
    const res = await api.http().get('/admin/queues/api/queues').set(admin());
    expect(res.status).toBe(200);
    const found = (res.body.queues as { name: string; isPaused: boolean }[]).find((q) => q.name === queue);
    return Boolean(found?.isPaused);
  };

  it('refuses a state-changing request with a foreign Origin (403) and does nothing; allows its own', async () => {
    const pause = () => api.http().put(`/admin/queues/api/queues/${queue}/pause`).set(admin());
    for (const headers of [
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { Origin: 'http://localhost:3000.evil.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ]) {
      const res = await pause().set(headers);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'FORBIDDEN', detail: '拒绝来自其他网站的任务队列操作。' });
    }
    expect(await paused()).toBe(false);
    // A foreign Origin is refused before the sign-in is even looked at.
    const anonymous = await api
      .http()
      .put(`/admin/queues/api/queues/${queue}/pause`)
      .set('Origin', 'https://evil.example');
    expect(anonymous.status).toBe(403);
    // The app's own origin (APP_BASE_URL) and a script without Origin may.
    expect((await pause().set('Origin', 'http://localhost:3000')).status).toBe(200);
    expect(await paused()).toBe(true);
    const resume = await api.http().put(`/admin/queues/api/queues/${queue}/resume`).set(admin());
    expect(resume.status).toBe(200);
    expect(await paused()).toBe(false);
    // Reading with a foreign Origin is harmless and allowed (the cookie is SameSite=Strict anyway).
    const read = await api
      .http()
      .get('/admin/queues/api/queues')
      .set(admin())
      .set('Origin', 'https://evil.example');
    expect(read.status).toBe(200);
  });

  it('with Redis down answers 503 problem+json without ioredis’s message, and recovers when it is back', async () => {
    await stopRedis(redis);
    for (const lang of ['zh', 'en']) {
      const res = await api.http().get('/admin/queues/api/queues').set(admin()).set('Accept-Language', lang);
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ type: 'about:blank', status: 503, code: 'UNAVAILABLE' });
      expect(res.body.detail).toBe(
        lang === 'zh'
          ? '任务队列暂时不可用（Redis 无法连接），请稍后再试。'
          : 'The job queues are unavailable (Redis cannot be reached); try again shortly.',
      );
      expect(res.text).not.toMatch(/ECONNREFUSED|Stream|ioredis|enableOfflineQueue|Connection is closed/i);
    }
    const pause = await api.http().put(`/admin/queues/api/queues/${queue}/pause`).set(admin());
    expect(pause.status).toBe(503);
    expect(pause.body.code).toBe('UNAVAILABLE');
    // The page itself needs no Redis.
    expect((await api.http().get('/admin/queues').set(admin())).status).toBe(200);

    redis = await startRedis(port);
    const deadline = Date.now() + 20_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await api.http().get('/admin/queues/api/queues').set(admin())).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  });
});
