import { useApi } from '../support/harness';

/**
 * Process warnings while the API starts and answers (Fastify's FSTWRN004 when a scope's error handler is set
 * twice). Spied on `emitWarning`: listeners on Jest's sandboxed `process` do not hear the real one's events.
 */
const warnings: string[] = [];
const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation((warning: string | Error) => {
  warnings.push(
    typeof warning === 'string' ? warning : `${(warning as { code?: string }).code}: ${warning.message}`,
  );
});
afterAll(() => emitWarning.mockRestore());

describe('error contract at the edge', () => {
  const t = useApi();

  it('starts without Fastify warnings: one error handler, not one overriding another', () => {
    expect(warnings.filter((w) => /FSTWRN|overriding an errorHandler/.test(w))).toEqual([]);
  });

  it('a bad body reads the same on an unknown route as on a known one', async () => {
    const send = (path: string) =>
      t.api.http().post(path).set('Content-Type', 'application/json').send('{"email": ');
    const known = await send('/api/v1/auth/login');
    const unknown = await send('/api/v1/no-such-route');
    expect(known.status).toBe(400);
    expect(known.body).toMatchObject({ code: 'VALIDATION_FAILED', detail: '请求内容无法解析。' });
    expect(unknown.status).toBe(400);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.body).toEqual(known.body);
  });

  it('413 PAYLOAD_TOO_LARGE for a JSON body over 1 MiB, and nothing is written', async () => {
    const big = {
      email: 'big@luodi.test',
      name: 'x'.repeat(1024 * 1024 + 10),
      password: 'password-0123456789',
      role: 'staff',
    };
    const res = await t.api
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${t.api.adminToken}`)
      .send(big);
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    const list = await t.api
      .http()
      .get('/api/v1/users?limit=200')
      .set('Authorization', `Bearer ${t.api.adminToken}`);
    expect(list.body.items.map((u: { email: string }) => u.email)).not.toContain('big@luodi.test');
  });

  it('400 for malformed JSON, without internals', async () => {
    const res = await t.api
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.c", "password": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('400 for a NUL byte in a string, never a 500', async () => {
    const res = await t.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'a@b.cn', password: 'abc\u0000def' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'password', message: '不能包含空字符（NUL）' }]);
  });

  it('400 naming unknown fields on login', async () => {
    const res = await t.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'a@b.cn', password: 'x', admin: true });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ title: '请求无效', code: 'VALIDATION_FAILED' });
    expect(res.body.errors).toEqual([{ field: 'admin', message: '不是允许的字段' }]);
  });

  it('answers in English for Accept-Language: en; code and field stay the same', async () => {
    const res = await t.api
      .http()
      .post('/api/v1/auth/login')
      .set('Accept-Language', 'en-US,en;q=0.9')
      .send({ email: 'a@b.cn', password: 'x', admin: true });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ title: 'Bad Request', code: 'VALIDATION_FAILED' });
    expect(res.body.errors).toEqual([{ field: 'admin', message: 'is not an allowed field' }]);
    const malformed = await t.api
      .http()
      .post('/api/v1/auth/login')
      .set('Accept-Language', 'en')
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(malformed.body).toMatchObject({
      title: 'Bad Request',
      detail: 'The request body could not be parsed.',
    });
    const zh = await t.api
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(zh.body).toMatchObject({ title: '请求无效', detail: '请求内容无法解析。' });
  });

  it('sets security headers (helmet)', async () => {
    const res = await t.api.http().get('/api/v1/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const scripts = (csp: string) => / script-src ([^;]*)/.exec(` ${csp.replace(/;/g, '; ')}`)?.[1];
    expect(scripts(res.headers['content-security-policy'])).toBe("'self'");
    const page = await t.api.http().get('/leads/00000000-0000-4000-8000-000000000000');
    expect(scripts(page.headers['content-security-policy'])).toBe("'self'");
    // Only the third-party operator UI with inline scripts gets them.
    const docs = await t.api.http().get('/api/docs');
    expect(scripts(docs.headers['content-security-policy'])).toBe("'self' 'unsafe-inline'");
  });
});
