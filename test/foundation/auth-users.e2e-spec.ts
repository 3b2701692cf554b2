import { ADMIN_EMAIL, ADMIN_PASSWORD, createUser, useApi } from '../support/harness';

describe('auth, users and roles', () => {
  const t = useApi();
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD and logs in', async () => {
    const res = await t.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      user: { email: ADMIN_EMAIL, role: 'admin', active: true },
    });
    expect(res.body.expiresIn).toBeGreaterThan(0);
    expect(res.body.user.password_hash).toBeUndefined();
    const me = await t.api.http().get('/api/v1/users/me').set(bearer(res.body.accessToken));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: ADMIN_EMAIL,
      role: 'admin',
      active: true,
      name: expect.any(String),
    });
  });

  it('gives the same 401 for an unknown email and a wrong password', async () => {
    const unknown = await t.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@luodi.test', password: 'x' });
    const wrong = await t.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: ADMIN_EMAIL, password: 'wrong-password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses requests without a token, with a malformed token, or with a forged one', async () => {
    for (const auth of [undefined, 'Bearer', 'Bearer not-a-jwt', 'Basic abc']) {
      const req = t.api.http().get('/api/v1/users/me');
      const res = auth ? await req.set('Authorization', auth) : await req;
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ type: 'about:blank', status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('rate limits repeated failed logins per account and address (429)', async () => {
    const staff = await createUser(t.api, 'staff', 'throttled');
    const attempt = () =>
      t.api.http().post('/api/v1/auth/login').send({ email: staff.email, password: 'wrong-password' });
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password is refused while the window lasts.
    const right = await t.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: staff.email, password: 'password-0123456789' });
    expect(right.status).toBe(429);
  });

  it('lets an admin create users; names every bad field in one 400', async () => {
    const res = await t.api
      .http()
      .post('/api/v1/users')
      .set(bearer(t.api.adminToken))
      .send({ email: 'not-an-email', name: '', password: 'short', role: 'boss', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['email', 'extra', 'name', 'password', 'role']);
  });

  it('answers a duplicate email with 409 DUPLICATE_EMAIL, case-insensitively', async () => {
    const body = {
      email: 'Dup.User@luodi.test',
      name: '王芳',
      password: 'password-0123456789',
      role: 'staff',
    };
    const first = await t.api.http().post('/api/v1/users').set(bearer(t.api.adminToken)).send(body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      email: 'Dup.User@luodi.test',
      name: '王芳',
      role: 'staff',
      active: true,
    });
    const again = await t.api
      .http()
      .post('/api/v1/users')
      .set(bearer(t.api.adminToken))
      .send({ ...body, email: 'dup.user@LUODI.test' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DUPLICATE_EMAIL');
  });

  it('enforces roles: staff cannot create or list users; supervisors can list', async () => {
    const staff = await createUser(t.api, 'staff');
    const supervisor = await createUser(t.api, 'supervisor');
    const create = await t.api
      .http()
      .post('/api/v1/users')
      .set(bearer(staff.token))
      .send({ email: 'x@luodi.test', name: 'x', password: 'password-0123456789', role: 'admin' });
    expect(create.status).toBe(403);
    expect(create.body.code).toBe('FORBIDDEN');
    expect((await t.api.http().get('/api/v1/users').set(bearer(staff.token))).status).toBe(403);
    const list = await t.api.http().get('/api/v1/users?limit=2').set(bearer(supervisor.token));
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    expect(typeof list.body.nextCursor).toBe('string');
    const next = await t.api
      .http()
      .get(`/api/v1/users?limit=200&cursor=${list.body.nextCursor}`)
      .set(bearer(supervisor.token));
    expect(next.status).toBe(200);
    const seen = [...list.body.items, ...next.body.items].map((u: { id: string }) => u.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(next.body.nextCursor).toBeNull();
    const bad = await t.api.http().get('/api/v1/users?limit=0&cursor=@@').set(bearer(supervisor.token));
    expect(bad.status).toBe(400);
  });

  it('deactivating a user stops their existing token at once and blocks login', async () => {
    const staff = await createUser(t.api, 'staff');
    expect((await t.api.http().get('/api/v1/users/me').set(bearer(staff.token))).status).toBe(200);
    const patch = await t.api
      .http()
      .patch(`/api/v1/users/${staff.id}`)
      .set(bearer(t.api.adminToken))
      .send({ active: false });
    expect(patch.status).toBe(200);
    expect(patch.body.active).toBe(false);
    expect((await t.api.http().get('/api/v1/users/me').set(bearer(staff.token))).status).toBe(401);
    const login = await t.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: staff.email, password: 'password-0123456789' });
    expect(login.status).toBe(401);
  });

  it('a role change applies to existing tokens at once', async () => {
    const user = await createUser(t.api, 'supervisor');
    expect((await t.api.http().get('/api/v1/users').set(bearer(user.token))).status).toBe(200);
    await t.api
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .set(bearer(t.api.adminToken))
      .send({ role: 'staff' });
    expect((await t.api.http().get('/api/v1/users').set(bearer(user.token))).status).toBe(403);
  });

  it('PATCH /users/:id: 400 for a malformed id or bad fields, 404 for an unknown id', async () => {
    const malformed = await t.api
      .http()
      .patch('/api/v1/users/123')
      .set(bearer(t.api.adminToken))
      .send({ name: 'x' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: '须为 UUID 格式的编号' }]);
    const unknown = await t.api
      .http()
      .patch('/api/v1/users/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11')
      .set(bearer(t.api.adminToken))
      .send({ name: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const bad = await t.api
      .http()
      .patch('/api/v1/users/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11')
      .set(bearer(t.api.adminToken))
      .send({ active: 'yes', role: 'root', email: 'new@x.y' });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'active',
      'email',
      'role',
    ]);
  });
});
