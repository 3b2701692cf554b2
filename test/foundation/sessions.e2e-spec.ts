import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createUser, useApi } from '../support/harness';

/** Sessions end: logout, a password change, an admin reset and a deactivation revoke earlier tokens. */
describe('sessions and passwords', () => {
  const t = useApi();
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const me = (token: string) => t.api.http().get('/api/v1/users/me').set(bearer(token));
  const PASSWORD = 'password-0123456789';

  it('POST /auth/logout: 204 revokes the token used, only that one; then it is refused everywhere', async () => {
    const staff = await createUser(t.api, 'staff');
    const other = await t.api.login(staff.email, PASSWORD);
    const out = await t.api.http().post('/api/v1/auth/logout').set(bearer(staff.token));
    expect(out.status).toBe(204);
    expect(out.text).toBe('');
    expect(String(out.headers['set-cookie'])).toMatch(
      /^luodi_queues_token=; Path=\/admin\/queues; Max-Age=0;/,
    );
    const after = await me(staff.token);
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ code: 'UNAUTHENTICATED', detail: '登录已失效，请重新登录。' });
    expect((await t.api.http().post('/api/v1/auth/logout').set(bearer(staff.token))).status).toBe(401);
    expect((await me(other)).status).toBe(200);
    const anonymous = await t.api.http().post('/api/v1/auth/logout');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it("an admin's logged-out token no longer opens the queues UI", async () => {
    const admin = await createUser(t.api, 'admin');
    expect((await t.api.http().get('/admin/queues').set(bearer(admin.token))).status).toBe(200);
    await t.api.http().post('/api/v1/auth/logout').set(bearer(admin.token)).expect(204);
    const cookie = await t.api.http().get('/admin/queues').set('Cookie', `luodi_queues_token=${admin.token}`);
    expect(cookie.status).toBe(401);
  });

  it('POST /users/me/password: 204, every earlier token dies, only the new password signs in', async () => {
    const staff = await createUser(t.api, 'staff');
    const second = await t.api.login(staff.email, PASSWORD);
    const res = await t.api
      .http()
      .post('/api/v1/users/me/password')
      .set(bearer(staff.token))
      .send({ currentPassword: PASSWORD, newPassword: 'Fenhe-2025-autumn' });
    expect(res.status).toBe(204);
    expect((await me(staff.token)).status).toBe(401);
    expect((await me(second)).status).toBe(401);
    const old = await t.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: staff.email, password: PASSWORD });
    expect(old.status).toBe(401);
    expect((await me(await t.api.login(staff.email, 'Fenhe-2025-autumn'))).status).toBe(200);
  });

  it('POST /users/me/password: a wrong current password is a 400 on currentPassword, nothing changes', async () => {
    const staff = await createUser(t.api, 'staff');
    const res = await t.api
      .http()
      .post('/api/v1/users/me/password')
      .set(bearer(staff.token))
      .send({ currentPassword: 'not-my-password', newPassword: 'Fenhe-2025-autumn' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      detail: '当前密码不正确。',
      errors: [{ field: 'currentPassword', message: '当前密码不正确' }],
    });
    expect((await me(staff.token)).status).toBe(200);
    expect((await t.api.login(staff.email, PASSWORD)).length).toBeGreaterThan(0);
  });

  it('POST /users/me/password: guesses of the current password are throttled (429) without locking sign-in', async () => {
    const staff = await createUser(t.api, 'staff');
    const guess = () =>
      t.api
        .http()
        .post('/api/v1/users/me/password')
        .set(bearer(staff.token))
        .send({ currentPassword: 'guess-guess-guess', newPassword: 'Fenhe-2025-autumn' });
    const answers = await Promise.all(Array.from({ length: 12 }, guess));
    expect(answers.filter((r) => r.status === 400)).toHaveLength(5);
    const limited = answers.filter((r) => r.status === 429);
    expect(limited).toHaveLength(7);
    expect(limited[0].body.code).toBe('RATE_LIMITED');
    expect(Number(limited[0].headers['retry-after'])).toBeGreaterThan(0);
    expect((await t.api.login(staff.email, PASSWORD)).length).toBeGreaterThan(0);
  });

  it('POST /users/me/password: bad bodies and no token', async () => {
    const staff = await createUser(t.api, 'staff');
    const post = (body: object, token: string | null = staff.token) => {
      const req = t.api.http().post('/api/v1/users/me/password');
      return (token ? req.set(bearer(token)) : req).send(body);
    };
    const shape = await post({ currentPassword: '', newPassword: 'short', extra: 1 });
    expect(shape.status).toBe(400);
    expect((shape.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'currentPassword',
      'extra',
      'newPassword',
    ]);
    for (const [newPassword, message] of [
      ['password123', '该密码过于常见，容易被猜中，请换一个'],
      ['qwertyuiop', '该密码过于常见，容易被猜中，请换一个'],
      [staff.email.toUpperCase(), '密码不能与邮箱或其用户名相同'],
      [staff.email.split('@')[0], '密码不能与邮箱或其用户名相同'],
    ]) {
      const weak = await post({ currentPassword: PASSWORD, newPassword });
      expect(weak.status).toBe(400);
      expect(weak.body.errors).toEqual([{ field: 'newPassword', message }]);
    }
    expect((await me(staff.token)).status).toBe(200);
    expect((await post({ currentPassword: PASSWORD, newPassword: 'Fenhe-2025-autumn' }, null)).status).toBe(
      401,
    );
  });

  it('POST /users/:id/password (admin): 204, the user’s tokens die; 403, 404, 400 otherwise', async () => {
    const staff = await createUser(t.api, 'staff');
    const reset = (id: string, body: object, token = t.api.adminToken) =>
      t.api.http().post(`/api/v1/users/${id}/password`).set(bearer(token)).send(body);
    expect((await reset(staff.id, { newPassword: 'Fenhe-2025-autumn' })).status).toBe(204);
    expect((await me(staff.token)).status).toBe(401);
    const fresh = await t.api.login(staff.email, 'Fenhe-2025-autumn');
    expect((await me(fresh)).status).toBe(200);
    expect((await me(t.api.adminToken)).status).toBe(200);
    const forbidden = await reset(staff.id, { newPassword: 'Fenhe-2025-autumn' }, fresh);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    const unknown = await reset('6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11', { newPassword: 'Fenhe-2025-autumn' });
    expect(unknown.status).toBe(404);
    expect((await reset('nope', { newPassword: 'Fenhe-2025-autumn' })).status).toBe(400);
    const weak = await reset(staff.id, { newPassword: '1234567890' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([
      { field: 'newPassword', message: '该密码过于常见，容易被猜中，请换一个' },
    ]);
    expect((await reset(staff.id, {})).status).toBe(400);
    expect((await me(fresh)).status).toBe(200);
  });

  it('a reactivated user’s old tokens stay dead', async () => {
    const staff = await createUser(t.api, 'staff');
    const patch = (active: boolean) =>
      t.api.http().patch(`/api/v1/users/${staff.id}`).set(bearer(t.api.adminToken)).send({ active });
    expect((await patch(false)).status).toBe(200);
    expect((await patch(true)).status).toBe(200);
    expect((await me(staff.token)).status).toBe(401);
    expect((await me(await t.api.login(staff.email, PASSWORD))).status).toBe(200);
  });

  it('refuses a well-signed token without exp, jti or version; accepts a complete one', async () => {
    const staff = await createUser(t.api, 'staff');
    const jwt = new JwtService();
    const sign = (claims: object, expiresIn?: number) =>
      jwt.sign(claims, {
        secret: t.env.config.jwtSecret,
        algorithm: 'HS256',
        ...(expiresIn ? { expiresIn } : {}),
      });
    const full = { sub: staff.id, role: 'staff', jti: randomUUID(), ver: 0 };
    expect((await me(sign(full, 600))).status).toBe(200);
    expect((await me(sign(full))).status).toBe(401);
    expect((await me(sign({ ...full, jti: undefined }, 600))).status).toBe(401);
    expect((await me(sign({ ...full, ver: undefined }, 600))).status).toBe(401);
    expect((await me(sign({ ...full, ver: 1 }, 600))).status).toBe(401);
  });

  it('refuses common passwords and the email on create, in Chinese (English on request)', async () => {
    const create = (password: string, lang = 'zh') =>
      t.api
        .http()
        .post('/api/v1/users')
        .set(bearer(t.api.adminToken))
        .set('Accept-Language', lang)
        .send({ email: 'Wang.Fang@luodi.test', name: '王芳', password, role: 'staff' });
    const common = await create('A123456789');
    expect(common.status).toBe(400);
    expect(common.body.errors).toEqual([
      { field: 'password', message: '该密码过于常见，容易被猜中，请换一个' },
    ]);
    const same = await create('wang.fang@luodi.test', 'en');
    expect(same.body.errors).toEqual([
      { field: 'password', message: 'must not be the email or its name part' },
    ]);
    expect((await create('8888888888')).status).toBe(400);
    expect((await create('Jinhe-2024-spring')).status).toBe(201);
  });

  describe('the last active admin', () => {
    const admins = async () =>
      (await t.api.http().get('/api/v1/users?limit=200').set(bearer(t.api.adminToken))).body.items.filter(
        (u: { role: string; active: boolean }) => u.role === 'admin' && u.active,
      );

    it('cannot be deactivated or demoted (409 LAST_ADMIN, in Chinese); can be once there is another', async () => {
      // Earlier tests created admins: take them away first, so the first admin is the only one.
      for (const a of await admins())
        if (a.email !== ADMIN_EMAIL)
          await t.api
            .http()
            .patch(`/api/v1/users/${a.id}`)
            .set(bearer(t.api.adminToken))
            .send({ role: 'staff' })
            .expect(200);
      const [only] = await admins();
      for (const body of [{ active: false }, { role: 'supervisor' }, { role: 'staff', name: '改名' }]) {
        const res = await t.api
          .http()
          .patch(`/api/v1/users/${only.id}`)
          .set(bearer(t.api.adminToken))
          .send(body);
        expect(res.status).toBe(409);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body).toMatchObject({
          code: 'LAST_ADMIN',
          detail: '这是最后一位启用的管理员，不能停用或改为其他角色；请先将另一位用户设为管理员。',
        });
      }
      const still = await me(t.api.adminToken);
      expect(still.body).toMatchObject({ role: 'admin', active: true, name: only.name });
      // Unrelated changes of the last admin still work.
      expect(
        (
          await t.api
            .http()
            .patch(`/api/v1/users/${only.id}`)
            .set(bearer(t.api.adminToken))
            .send({ name: '管理员' })
        ).status,
      ).toBe(200);
    });

    it('two admins demoting each other at once leave one (5 rounds)', async () => {
      for (let round = 0; round < 5; round++) {
        const other = await createUser(t.api, 'admin');
        const [a, b] = await Promise.all([
          t.api
            .http()
            .patch(`/api/v1/users/${other.id}`)
            .set(bearer(t.api.adminToken))
            .send({ active: false }),
          t.api
            .http()
            .patch(
              `/api/v1/users/${(await admins()).find((u: { email: string }) => u.email === ADMIN_EMAIL).id}`,
            )
            .set(bearer(other.token))
            .send({ role: 'staff' }),
        ]);
        const statuses = [a.status, b.status].sort();
        expect(statuses.filter((s) => s === 200)).toHaveLength(1);
        expect([409, 401, 403]).toContain(statuses.find((s) => s !== 200));
        const left = await t.api
          .http()
          .get('/api/v1/users?limit=200')
          .set(bearer(b.status === 200 ? other.token : t.api.adminToken));
        const active = left.body.items.filter(
          (u: { role: string; active: boolean }) => u.role === 'admin' && u.active,
        );
        expect(active).toHaveLength(1);
        if (b.status === 200) {
          // The first admin was demoted: the other admin restores it, and steps down.
          const first = left.body.items.find((u: { email: string }) => u.email === ADMIN_EMAIL);
          await t.api
            .http()
            .patch(`/api/v1/users/${first.id}`)
            .set(bearer(other.token))
            .send({ role: 'admin' })
            .expect(200);
          t.api.adminToken = await t.api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
          await t.api
            .http()
            .patch(`/api/v1/users/${other.id}`)
            .set(bearer(t.api.adminToken))
            .send({ active: false })
            .expect(200);
        }
      }
    });
  });
});
