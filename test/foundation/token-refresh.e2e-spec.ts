import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { createUser, useApi } from '../support/harness';

/**
 * POST /auth/refresh: a page that stays open for days (the 大屏) exchanges its token for a fresh one before it
 * expires; the old one is revoked at once. Logout, deactivation, password changes and expiry end it as before.
 */
describe('token refresh (long-lived screen sessions)', () => {
  const t = useApi();
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const me = (token: string) => t.api.http().get('/api/v1/users/me').set(bearer(token));
  const refresh = (token: string) => t.api.http().post('/api/v1/auth/refresh').set(bearer(token));
  const claims = (token: string) =>
    JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
      jti: string;
      exp: number;
      iat: number;
      ver: number;
    };

  it('200 with a fresh token (new jti, full lifetime); the old token is refused from then on, once used', async () => {
    const staff = await createUser(t.api, 'staff');
    const res = await refresh(staff.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: t.env.config.jwtExpiresInSeconds,
      user: { id: staff.id, role: 'staff', email: staff.email },
    });
    const fresh = res.body.accessToken as string;
    const [before, after] = [claims(staff.token), claims(fresh)];
    expect(after.jti).not.toBe(before.jti);
    expect(after.ver).toBe(before.ver);
    expect(after.exp - after.iat).toBe(t.env.config.jwtExpiresInSeconds);
    expect((await me(fresh)).status).toBe(200);
    const old = await me(staff.token);
    expect(old.status).toBe(401);
    expect(old.body.code).toBe('UNAUTHENTICATED');
    // A token refreshes once: the second exchange is refused, the fresh token refreshes in turn.
    expect((await refresh(staff.token)).status).toBe(401);
    const again = await refresh(fresh);
    expect(again.status).toBe(200);
    expect((await me(again.body.accessToken as string)).status).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('two refreshes of one token at once give one fresh token and one 401', async () => {
    const staff = await createUser(t.api, 'staff');
    const answers = await Promise.all([refresh(staff.token), refresh(staff.token), refresh(staff.token)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401]);
  });

  it('an admin gets the queues UI cookie for the fresh token', async () => {
    const admin = await createUser(t.api, 'admin');
    const res = await refresh(admin.token);
    expect(res.status).toBe(200);
    expect(String(res.headers['set-cookie'])).toContain(
      `luodi_queues_token=${res.body.accessToken as string}`,
    );
  });

  it('refused (401 problem+json) after logout, deactivation, a password change or reset, and without a token', async () => {
    const loggedOut = await createUser(t.api, 'staff');
    await t.api.http().post('/api/v1/auth/logout').set(bearer(loggedOut.token)).expect(204);
    const deactivated = await createUser(t.api, 'staff');
    await t.api
      .http()
      .patch(`/api/v1/users/${deactivated.id}`)
      .set(bearer(t.api.adminToken))
      .send({ active: false })
      .expect(200);
    const changed = await createUser(t.api, 'staff');
    const kept = await t.api.login(changed.email, 'password-0123456789');
    await t.api
      .http()
      .post('/api/v1/users/me/password')
      .set(bearer(changed.token))
      .send({ currentPassword: 'password-0123456789', newPassword: 'Fenhe-2025-autumn' })
      .expect(204);
    const reset = await createUser(t.api, 'supervisor');
    await t.api
      .http()
      .post(`/api/v1/users/${reset.id}/password`)
      .set(bearer(t.api.adminToken))
      .send({ newPassword: 'Jinyang-lake-2025' })
      .expect(204);
    for (const token of [loggedOut.token, deactivated.token, kept, reset.token]) {
      const res = await refresh(token);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED', detail: '登录已失效，请重新登录。' });
    }
    const anonymous = await t.api.http().post('/api/v1/auth/refresh');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
  });

  it('refused once the token has expired (a screen must refresh before), and for a forged one', async () => {
    const staff = await createUser(t.api, 'staff');
    const jwt = new JwtService();
    const now = Math.floor(Date.now() / 1000);
    const expired = jwt.sign(
      { sub: staff.id, role: 'staff', jti: randomUUID(), ver: 0, iat: now - 100, exp: now - 1 },
      { secret: t.env.config.jwtSecret, algorithm: 'HS256' },
    );
    expect((await refresh(expired)).status).toBe(401);
    const forged = jwt.sign(
      { sub: staff.id, role: 'staff', jti: randomUUID(), ver: 0 },
      { secret: 'another-secret-of-at-least-32-characters', algorithm: 'HS256', expiresIn: 600 },
    );
    expect((await refresh(forged)).status).toBe(401);
    // The refreshed token of a user who is deactivated afterwards dies with the rest.
    const fresh = (await refresh(staff.token)).body.accessToken as string;
    await t.api
      .http()
      .patch(`/api/v1/users/${staff.id}`)
      .set(bearer(t.api.adminToken))
      .send({ active: false })
      .expect(200);
    expect((await me(fresh)).status).toBe(401);
    expect((await refresh(fresh)).status).toBe(401);
  });
});
