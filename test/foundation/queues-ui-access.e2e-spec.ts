import { ADMIN_EMAIL, ADMIN_PASSWORD, createUser, useApi } from '../support/harness';

/** The queues UI opened from a browser: an admin's login sets a cookie scoped to /admin/queues. */
describe('queues UI access from a browser', () => {
  const t = useApi();

  it("an admin's login sets an HttpOnly, SameSite=Strict cookie for /admin/queues only, which opens the UI", async () => {
    const login = await t.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? [])[0];
    expect(cookie).toMatch(
      /^luodi_queues_token=[^;]+; Path=\/admin\/queues; Max-Age=\d+; HttpOnly; SameSite=Strict$/,
    );
    const pair = cookie.split(';')[0];
    expect((await t.api.http().get('/admin/queues').set('Cookie', pair)).status).toBe(200);
    // The JSON API does not accept the cookie (so it cannot be used for CSRF there).
    expect((await t.api.http().get('/api/v1/users/me').set('Cookie', pair)).status).toBe(401);
  });

  it('staff get no cookie, and a staff token in the cookie is refused', async () => {
    const staff = await createUser(t.api, 'staff');
    const login = await t.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: staff.email, password: 'password-0123456789' });
    expect(login.status).toBe(200);
    expect(login.headers['set-cookie']).toBeUndefined();
    const forged = await t.api.http().get('/admin/queues').set('Cookie', `luodi_queues_token=${staff.token}`);
    expect(forged.status).toBe(403);
    expect((await t.api.http().get('/admin/queues').set('Cookie', 'luodi_queues_token=garbage')).status).toBe(
      401,
    );
  });
});
