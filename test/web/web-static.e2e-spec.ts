import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ApiHandle, createTestEnv, startApi, TestEnv } from '../support/harness';

/** The API serves the built web app at `/` (here a small stand-in build, so this test needs no Vite build). */
describe('serving the web app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'luodi-web-'));
  const html =
    '<!doctype html><html lang="zh-CN"><body><div id="app"></div><script type="module" src="/assets/index-AbC123.js"></script></body></html>';
  const js = 'console.log("落地");'.repeat(50);
  let env: TestEnv;
  let api: ApiHandle;

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'assets', 'index-AbC123.js'), js);
    writeFileSync(join(dir, 'assets', 'index-AbC123.js.gz'), gzipSync(js));
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    env = await createTestEnv({ WEB_DIR: dir });
    api = await startApi(env);
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    '/',
    '/leads',
    '/leads/0b6f4f8e-7a51-4c3e-9d7e-2d6a0f1b2c3d',
    '/leads?stage=signed',
    '/system/users',
  ])('answers the client route %s with index.html, never cached', async (path) => {
    const res = await api.http().get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toBe(html);
  });

  it('serves hashed assets as immutable for a year, gzip-compressed when the client accepts it', async () => {
    const res = await api.http().get('/assets/index-AbC123.js').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.text).toBe(js);
    const plain = await api.http().get('/assets/index-AbC123.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const icon = await api.http().get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it.each([
    '/assets/missing-123.js',
    '/favicon.ico',
    '/.env',
    '/api/v1/nothing-here',
    '/api',
    '/admin/nothing',
    '/admin',
  ])('answers %s with the API problem+json 404, never index.html', async (path) => {
    const res = await api.http().get(path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toEqual(
      expect.objectContaining({ status: 404, code: 'NOT_FOUND', detail: '请求的资源不存在。' }),
    );
  });

  it('leaves the API and its docs alone', async () => {
    expect((await api.http().get('/api/v1/health')).status).toBe(200);
    expect((await api.http().get('/api/docs-json')).status).toBe(200);
    const post = await api.http().post('/leads');
    expect(post.status).toBe(404);
    expect(post.headers['content-type']).toContain('application/problem+json');
  });
});
