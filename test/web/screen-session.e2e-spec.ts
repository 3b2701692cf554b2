import { INestApplicationContext } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import { formatYi } from '@luodi/format';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  createTestEnv,
  createUser,
  startWorker,
  TestEnv,
} from '../support/harness';
import { leadsApi } from '../leads/lead-fixtures';
import { deleteQueueKeys, NO_RECENT_DIGEST } from '../worker/worker-fixtures';
import { waitFor } from '../worker/wait-for';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { zoneToday } from '../../apps/web/src/domain/form-rules';
import { launchBrowser, newContext, signIn } from './browser';
import { ServedApi, startServedApi } from './web-harness';

const PASSWORD = 'password-0123456789';
/** Tokens live 20 s here (8 h by default): the 大屏 must outlive several of them. */
const LIFETIME_S = 20;

/**
 * The 大屏 runs for days on one sign-in: its session refreshes itself before the token expires
 * (POST /auth/refresh), the event stream reconnects with the fresh token, and the figures keep updating past
 * the first token's expiry. A deactivated user's screen returns to the login page at its next refresh.
 */
describe('browser: the 大屏 outlives its sign-in token', () => {
  let env: TestEnv;
  let api: ServedApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  const year = Number(zoneToday().slice(0, 4));

  beforeAll(async () => {
    env = await createTestEnv({ DIGEST_CRON: NO_RECENT_DIGEST, JWT_EXPIRES_IN: String(LIFETIME_S) });
    api = await startServedApi(env);
    worker = await startWorker(env, WorkerModule);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  const adminToken = () => api.login(ADMIN_EMAIL, ADMIN_PASSWORD);

  it('keeps updating past the first token’s expiry, on fresh tokens; the old ones are refused', async () => {
    const supervisor = await createUser(api, 'supervisor');
    const staff = await createUser(api, 'staff');
    await api
      .http()
      .put(`/api/v1/targets/${year}`)
      .set('Authorization', `Bearer ${supervisor.token}`)
      .send({ signedAmountWan: '6000000' })
      .expect(200);
    const sign = async (amount: string) => {
      const token = await api.login(staff.email, PASSWORD); // the test's own tokens expire too
      const leads = leadsApi(api);
      const c = await leads.create(token, { park: 'xiaohe' });
      const m = await leads.move(token, c.body.id, {
        to: 'signed',
        signedAmountWan: amount,
        version: c.body.version,
      });
      expect(m.status).toBe(200);
    };
    await sign('100000');

    const { page, problems, context } = await newContext(browser, api.baseUrl, { width: 1920, height: 1080 });
    await page.goto(`/cockpit/screen?year=${year}`);
    await signIn(page, supervisor.email, PASSWORD);
    const signedIn = Date.now();
    const signed = page.getByTestId('cockpit-signed');
    await signed.getByText(formatYi('100000')).waitFor({ timeout: 30_000 });
    await page.getByText('实时').waitFor({ timeout: 30_000 });
    const tokenNow = () =>
      page.evaluate<string | null>(
        "(() => { const s = localStorage.getItem('luodi.session'); return s ? JSON.parse(s).token : null; })()",
      );
    const first = await tokenNow();
    expect(first).toBeTruthy();

    // Past the first token's expiry by a margin, with at least two refreshes on the way.
    const seen = new Set([first]);
    await waitFor(
      async () => {
        seen.add(await tokenNow());
        return Date.now() - signedIn > (LIFETIME_S + 8) * 1000 && seen.size >= 3;
      },
      'two refreshes and the first token expired',
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    expect(seen.has(null)).toBe(false);
    expect(new URL(page.url()).pathname).toBe('/cockpit/screen');
    const old = await api.http().get('/api/v1/users/me').set('Authorization', `Bearer ${first}`);
    expect(old.status).toBe(401);

    // Still live: a signing now shows without a reload, read with the current token.
    await page.evaluate("window.marker = 'no reload'");
    await sign('50000');
    await signed.getByText(formatYi('150000')).waitFor({ timeout: 20_000 });
    expect(await page.evaluate('window.marker')).toBe('no reload');
    await page.getByText('实时').waitFor({ timeout: 20_000 });
    expect(problems).toEqual([]);

    // Deactivated: the next refresh (or request) is refused and the screen returns to the login page.
    const deactivate = await api
      .http()
      .patch(`/api/v1/users/${supervisor.id}`)
      .set('Authorization', `Bearer ${await adminToken()}`)
      .send({ active: false });
    expect(deactivate.status).toBe(200);
    await page.waitForURL(/\/login/, { timeout: LIFETIME_S * 1000 + 15_000 });
    await context.close();
  }, 170_000);
});
