import { randomBytes } from 'node:crypto';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  ApiHandle,
  createTestEnv,
  createUser,
  startApi,
  TestEnv,
} from '../support/harness';

/**
 * The login throttle counts first, atomically, then checks: parallel guesses get no more password checks than
 * the limit, and one person's failures do not lock out colleagues at the same address. Every request here comes
 * from 127.0.0.1, so the test that fills the address ceiling (set to 30 here; 100 by default) runs last.
 */
describe('login throttle', () => {
  const t = {} as { api: ApiHandle; env: TestEnv };
  beforeAll(async () => {
    t.env = await createTestEnv({ LOGIN_ADDRESS_LIMIT: '30' });
    t.api = await startApi(t.env);
  });
  afterAll(async () => {
    await t.api?.close();
    await t.env?.dropDatabase();
  });
  const login = (email: string, password: string) =>
    t.api.http().post('/api/v1/auth/login').send({ email, password });

  it('40 parallel wrong passwords for one account: exactly 5 are checked (401), the rest refused (429)', async () => {
    const staff = await createUser(t.api, 'staff');
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => login(staff.email, 'wrong-password-x')),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
    const limited = answers.find((r) => r.status === 429)!;
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', detail: '尝试次数过多，请稍后再试。' });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(limited.body.retryAfterSeconds).toBe(retryAfter);
    // The right password is refused too while the window lasts.
    expect((await login(staff.email, 'password-0123456789')).status).toBe(429);
    const en = await t.api
      .http()
      .post('/api/v1/auth/login')
      .set('Accept-Language', 'en')
      .send({ email: staff.email, password: 'x' });
    expect(en.body.detail).toBe('Too many attempts; try again later.');
  });

  it("one user's failures do not lock out a colleague at the same address", async () => {
    const careless = await createUser(t.api, 'staff');
    const colleague = await createUser(t.api, 'staff');
    for (let i = 0; i < 8; i++) await login(careless.email, 'wrong-password-x');
    expect((await login(careless.email, 'password-0123456789')).status).toBe(429);
    const ok = await login(colleague.email, 'password-0123456789');
    expect(ok.status).toBe(200);
    expect((await login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
  });

  it('a success clears the account counter: 4 failures, a success, then 5 more checks', async () => {
    const staff = await createUser(t.api, 'staff');
    for (let i = 0; i < 4; i++) expect((await login(staff.email, 'wrong-password-x')).status).toBe(401);
    expect((await login(staff.email, 'password-0123456789')).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await login(staff.email, 'wrong-password-x')).status).toBe(401);
    expect((await login(staff.email, 'wrong-password-x')).status).toBe(429);
  });

  it('one address trying many accounts meets a ceiling of failures (429 for everyone there)', async () => {
    // The address counts checked failures only: 5 + 5 + 9 above (attempts the account limit refused are not
    // counted, sign-ins that succeeded were given back), so 11 more fit under the ceiling of 30.
    let failures = 0;
    let limited = 0;
    for (let batch = 0; batch < 5 && limited === 0; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => login(`nobody-${randomBytes(4).toString('hex')}@luodi.test`, 'x')),
      );
      failures += answers.filter((r) => r.status === 401).length;
      limited += answers.filter((r) => r.status === 429).length;
    }
    expect(limited).toBeGreaterThan(0);
    expect(failures).toBe(11);
    // Now even a colleague with the right password is refused from this address, with the wait.
    const refused = await login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
