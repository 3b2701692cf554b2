import { INestApplicationContext } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import { formatPercent, formatYi } from '@luodi/format';
import { createTestEnv, createUser, startWorker, TestEnv } from '../support/harness';
import { leadsApi } from '../leads/lead-fixtures';
import { deleteQueueKeys, NO_RECENT_DIGEST } from '../worker/worker-fixtures';
import { waitFor } from '../worker/wait-for';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { zoneToday } from '../../apps/web/src/domain/form-rules';
import { fillDate, launchBrowser, newContext, screenshot, signIn } from './browser';
import { ServedApi, startServedApi } from './web-harness';

/** The little of the DOM a label's line count needs (the tests compile without the DOM's types). */
type LaidOut = {
  firstChild: unknown;
  ownerDocument: {
    createRange(): { selectNodeContents(node: unknown): void; getClientRects(): { length: number } };
  };
};

const PASSWORD = 'password-0123456789';
const SCREEN = { width: 1920, height: 1080 };

/**
 * 领导驾驶舱 in Chromium against the real API, worker and PostgreSQL: the page's figures (read from the DOM) equal
 * the API's reports, a drill-down lists as many leads as its figure, a signing shows within 5 s without a reload,
 * and the 大屏 comes back with fresh figures after the API restarts.
 */
describe('browser: 领导驾驶舱, 大屏 and 通报', () => {
  let env: TestEnv;
  let api: ServedApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let staff: { id: string; email: string; token: string };
  let supervisor: { id: string; email: string; token: string };
  let open: { id: string; version: number };
  const year = Number(zoneToday().slice(0, 4));
  const get = async (path: string) => {
    const res = await api.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${supervisor.token}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const totalsOf = async () => ((await get(`/targets/${year}/progress`)) as { signedWan: string }).signedWan;

  beforeAll(async () => {
    env = await createTestEnv({ DIGEST_CRON: NO_RECENT_DIGEST });
    api = await startServedApi(env);
    worker = await startWorker(env, WorkerModule);
    staff = await createUser(api, 'staff', 'wang.fang');
    supervisor = await createUser(api, 'supervisor', 'chen.jun');
    for (const [id, name] of [
      [staff.id, '王芳'],
      [supervisor.id, '陈军'],
    ]) {
      await api
        .http()
        .patch(`/api/v1/users/${id}`)
        .set('Authorization', `Bearer ${api.adminToken}`)
        .send({ name });
    }
    const target = await api
      .http()
      .put(`/api/v1/targets/${year}`)
      .set('Authorization', `Bearer ${supervisor.token}`)
      .send({ signedAmountWan: '6000000', byPark: { yangqu: '2000000' }, byOwner: { [staff.id]: '800000' } });
    expect(target.status).toBe(200);

    // A small pipeline: signings in two parks and without one, a lead lost with its reason, an overdue lead
    // with its 包联领导, and open leads.
    const leads = leadsApi(api);
    const sign = async (over: Record<string, unknown>, amount: string) => {
      const c = await leads.create(staff.token, over);
      expect(c.status).toBe(201);
      const m = await leads.move(staff.token, c.body.id, {
        to: 'signed',
        signedAmountWan: amount,
        version: c.body.version,
      });
      expect(m.status).toBe(200);
      return m.body as { id: string; version: number };
    };
    await sign({ park: 'yangqu', track: 'new_energy' }, '350000');
    await sign({ park: 'xiaohe', track: 'semiconductors' }, '120000.5');
    await sign({ track: 'equipment' }, '80000');
    const lost = await leads.create(staff.token, { park: 'tanghuai' });
    await leads.move(staff.token, lost.body.id, {
      to: 'lost',
      reason: '用地指标未落实',
      version: lost.body.version,
    });
    const late = await leads.create(staff.token, { park: 'tanghuai', leaderId: undefined });
    const led = await leads.patch(supervisor.token, late.body.id, {
      leaderId: supervisor.id,
      stageDeadline: '2024-01-31',
      version: late.body.version,
    });
    expect(led.status).toBe(200);
    const c = await leads.create(staff.token, { park: 'yangqu', projectName: '待签约的储能项目' });
    open = c.body;
    await waitFor(async () => (await totalsOf()) === '550000.5000', 'the worker totals the signings', {
      timeoutMs: 20_000,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  async function openCockpit(path = `/cockpit?year=${year}`, viewport?: { width: number; height: number }) {
    const ctx = await newContext(browser, api.baseUrl, viewport);
    await ctx.page.goto(path);
    await signIn(ctx.page, supervisor.email, PASSWORD);
    return ctx;
  }
  const text = async (page: Page, testId: string) =>
    ((await page.getByTestId(testId).locator('dd').textContent()) ?? '').trim();
  const cells = (page: Page, table: string, column: string) =>
    page.getByTestId(table).locator(`tbody [data-testid="${column}"]`).allTextContents();

  it("shows the API's figures for the same filter: target, parks with 未落园区, funnel, colours", async () => {
    const { page, problems, context } = await openCockpit();
    await page.getByTestId('cockpit-signed').waitFor();
    // Each part shows as it arrives: wait for the funnel's too before reading it.
    await page.getByTestId('cockpit-funnel').waitFor();
    const progress = await get(`/targets/${year}/progress`);
    expect(await text(page, 'cockpit-target')).toBe(formatYi(progress.targetWan));
    expect(await text(page, 'cockpit-signed')).toBe(formatYi(progress.signedWan));
    expect(await text(page, 'cockpit-ratio')).toBe(formatPercent(progress.ratio));
    expect(await text(page, 'cockpit-pace')).toBe(formatYi(progress.expectedByTodayWan));
    expect(await text(page, 'cockpit-remaining')).toBe(formatYi(progress.remainingWan));
    const parks = progress.byPark as { park: string | null; signedWan: string; count: number }[];
    expect(parks.map((p) => p.park)).toEqual(['yangqu', 'tanghuai', 'xiaohe', null]);
    expect(await cells(page, 'by-park', 'signed')).toEqual(parks.map((p) => formatYi(p.signedWan)));
    expect((await cells(page, 'by-park', 'count')).map(Number)).toEqual(parks.map((p) => p.count));

    const funnel = await get(`/reports/funnel?from=${year}-01-01&to=${year}-12-31`);
    expect((await cells(page, 'cockpit-funnel', 'reached')).map(Number)).toEqual(
      funnel.stages.map((s: { reached: number }) => s.reached),
    );
    await page.getByText('用地指标未落实').waitFor();
    const counts = await get('/leads/counts');
    for (const colour of ['red', 'yellow', 'green'] as const) {
      expect(Number(await page.getByTestId(`warn-${colour}`).textContent())).toBe(counts[colour]);
    }
    const overdue = await get('/reports/overdue');
    expect(overdue.leaders).toEqual([
      expect.objectContaining({ leaderId: supervisor.id, leaderName: '陈军', count: 1 }),
    ]);
    await page.getByTestId('overdue-leaders').getByText('陈军').waitFor();
    await page.getByTestId('overdue-owners').getByText('王芳').waitFor();
    // The filter bar at 1280 px: every label on one line.
    for (const label of ['年度', '从', '至', '赛道', '园区', '负责人', '包联领导']) {
      const lines = await page
        .locator('.cockpit-filters > label', { hasText: label })
        .first()
        // The label's own text (its first node), as the lines it is laid out on.
        .evaluate((el) => {
          const e = el as unknown as LaidOut;
          const range = e.ownerDocument.createRange();
          range.selectNodeContents(e.firstChild);
          return range.getClientRects().length;
        });
      expect([label, lines]).toEqual([label, 1]);
    }
    // The date fields load after the figures (Element Plus's chunk): the picture shows them, not their stand-ins.
    await page.getByLabel('至', { exact: true }).waitFor();
    await page.waitForFunction("!document.querySelector('.cockpit-filters .field-pending')");
    await screenshot(page, 'cockpit', false);

    // The period's dates are picked on a Chinese calendar (Element Plus, zh-CN), not the browser's mm/dd/yyyy.
    const from = page.getByLabel('从', { exact: true });
    await from.click();
    const panel = page.locator('.el-picker-panel:visible');
    await panel.getByText(`${year} 年`).waitFor();
    await panel.locator('th', { hasText: '一' }).first().waitFor();
    await screenshot(page, 'cockpit-date-picker', false);
    await fillDate(from, `${year}-01-01`);
    await page.waitForURL(new RegExp(`from=${year}-01-01`));
    expect(await from.inputValue()).toBe(`${year}-01-01`);
    // (From 1 January: the same period as the whole year, which the figures below are checked against.)

    // A filter goes into the URL, and the figures follow the API's for it.
    await page.locator('label', { hasText: '园区' }).locator('select').selectOption('yangqu');
    await page.waitForURL(/park=yangqu/);
    const yangqu = await get(`/reports/funnel?from=${year}-01-01&to=${year}-12-31&park=yangqu`);
    await waitFor(
      async () =>
        JSON.stringify((await cells(page, 'cockpit-funnel', 'reached')).map(Number)) ===
        JSON.stringify(yangqu.stages.map((s: { reached: number }) => s.reached)),
      'the funnel for 阳曲园区',
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loaded afresh, shows the figures of requests the entry sent before the app arrived, each asked once', async () => {
    const { page, problems, context } = await openCockpit();
    await page.getByTestId('cockpit-funnel').waitFor();
    // A full load (the session stored): the entry's plain fetches, claimed by the page, are all it asks.
    const asked: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/v1/') && !url.pathname.startsWith('/api/v1/events'))
        asked.push(url.pathname + url.search);
    });
    await page.goto(`/cockpit?year=${year}&track=new_energy`);
    await page.getByTestId('cockpit-funnel').waitFor();
    const counts = await get('/leads/counts?track=new_energy');
    for (const colour of ['red', 'yellow', 'green'] as const)
      await waitFor(
        async () => Number(await page.getByTestId(`warn-${colour}`).textContent()) === counts[colour],
        `the ${colour} count`,
      );
    const month = { from: `${zoneToday().slice(0, 8)}01`, to: zoneToday() };
    const batches = await get(`/reports/batches?from=${month.from}&to=${month.to}&track=new_energy`);
    await waitFor(
      async () =>
        (
          await page.getByTestId('cockpit-batches').locator('[data-key="signed"] .big').textContent()
        )?.startsWith(String(batches.signed.count)) ?? false,
      'the 签约一批 count',
    );
    const expected = [
      `/api/v1/targets/${year}/progress`,
      `/api/v1/reports/funnel?from=${year}-01-01&to=${year}-12-31&track=new_energy`,
      `/api/v1/reports/signings?year=${year}&track=new_energy`,
      `/api/v1/reports/signings?year=${year - 1}&track=new_energy`,
      '/api/v1/leads/counts?track=new_energy',
      '/api/v1/reports/overdue?track=new_energy&limit=1',
      `/api/v1/reports/kpis?year=${year}&track=new_energy`,
      `/api/v1/reports/batches?from=${month.from}&to=${month.to}&track=new_energy&summary=true`,
    ];
    expect(expected.map((u) => [u, asked.filter((a) => a === u).length])).toEqual(
      expected.map((u) => [u, 1]),
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('drills down from the funnel’s 签约 stage and from 未落园区 to as many leads as the figure', async () => {
    const { page, problems, context } = await openCockpit();
    const signedRow = page
      .getByTestId('cockpit-funnel')
      .locator('tr[data-stage="signed"] [data-testid="reached"]');
    const figure = Number(await signedRow.textContent());
    expect(figure).toBe(3);
    await signedRow.getByRole('link').click();
    await page.waitForURL(/\/leads\?.*reached=signed/);
    await page.getByText(`共 ${figure} 个项目`).waitFor();
    await page.getByTestId('drill-filter').getByText('曾到达签约阶段').waitFor();
    await screenshot(page, 'cockpit-drill-funnel', false);

    await page.goBack();
    const none = page.getByTestId('by-park').locator('tr[data-key="none"] [data-testid="count"]');
    const noneCount = Number(await none.textContent());
    expect(noneCount).toBe(1);
    await none.getByRole('link').click();
    await page.waitForURL(/park=none/);
    await page.getByText(`共 ${noneCount} 个项目`).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('drills down from the 三个一批, the lost reasons and 签约落地率’s cohort; shows 投产率 with the API’s figures', async () => {
    const { page, problems, context } = await openCockpit();
    const batches = page.getByTestId('cockpit-batches');
    await batches.waitFor();
    await page.getByLabel('三个一批的时段').selectOption('year');
    const report = await get(`/reports/batches?from=${year}-01-01&to=${zoneToday()}`);
    const signedBatch = batches.locator('[data-key="signed"] .big');
    await signedBatch.getByText(String(report.signed.count)).waitFor();
    expect(report.signed.count).toBeGreaterThan(0);
    await signedBatch.getByRole('link').click();
    await page.waitForURL(/\/leads\?.*batch=signed/);
    await page.getByText(`共 ${report.signed.count} 个项目`).waitFor();
    await page.getByTestId('drill-filter').getByText('签约一批').waitFor();

    await page.goBack();
    const funnel = await get(`/reports/funnel?from=${year}-01-01&to=${year}-12-31`);
    expect(funnel.lost.reasons).toEqual([{ reason: '用地指标未落实', count: 1 }]);
    await page.getByTestId('lost-reasons').getByRole('link', { name: '1个' }).click();
    await page.waitForURL(/lostReason=/);
    await page.getByText('共 1 个项目').waitFor();
    await page.getByTestId('drill-filter').getByText('终止原因：用地指标未落实').waitFor();
    await page.goBack();
    await page.getByTestId('lost-count').click();
    await page.waitForURL(/stage=lost/);
    await page.getByText(`共 ${funnel.lost.count} 个项目`).waitFor();

    await page.goBack();
    const kpis = await get(`/reports/kpis?year=${year}`);
    const row = page.getByTestId('cockpit-kpis').locator('tr[data-key="production"]');
    await row.getByText('投产率').waitFor();
    const { numerator, denominator } = kpis.zone.productionRate as { numerator: string; denominator: string };
    expect((await row.locator('td').nth(1).textContent())?.trim()).toBe(`${numerator} / ${denominator}个`);
    // 签约落地率's denominator (the year's signings) opens the 项目库 with as many leads.
    const cohort = page.getByTestId('kpi-signed-cohort');
    const signedCohort = (kpis.zone.landingRate as { denominator: string }).denominator;
    expect(Number(signedCohort)).toBeGreaterThan(0);
    expect((await cohort.textContent())?.trim()).toBe(signedCohort);
    await cohort.click();
    await page.waitForURL(/\/leads\?.*signedFrom=/);
    await page.getByText(`共 ${signedCohort} 个项目`).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves the target figure within 5 s of a signing elsewhere, without a reload', async () => {
    const { page, problems, context } = await openCockpit();
    await page.getByTestId('cockpit-signed').getByText('55.00亿元').waitFor();
    await page.evaluate("window.marker = 'no reload'");
    const signed = await leadsApi(api).move(staff.token, open.id, {
      to: 'signed',
      signedAmountWan: '100000',
      version: open.version,
    });
    expect(signed.status).toBe(200);
    const started = Date.now();
    await page.getByTestId('cockpit-signed').getByText('65.00亿元').waitFor({ timeout: 5_000 });
    console.log(`cockpit: the signing showed after ${Date.now() - started} ms`);
    expect(await page.evaluate('window.marker')).toBe('no reload');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the 大屏 going through an API restart and shows fresh figures after it', async () => {
    const { page, problems, context } = await openCockpit(`/cockpit/screen?year=${year}`, SCREEN);
    const signed = page.getByTestId('cockpit-signed');
    await signed.getByText(formatYi(await totalsOf())).waitFor();
    await page.getByText('实时').waitFor();
    // The picture once the first panels' charts are drawn (ECharts loads after the figures).
    await page.locator('canvas').nth(2).waitFor();
    await screenshot(page, 'cockpit-screen', false);

    // Stop the API with the 大屏's event stream open (it must not hold the shutdown), and start it again.
    const port = Number(new URL(api.baseUrl).port);
    await api.close();
    await page.getByText('正在连接…').waitFor();
    api = await startServedApi(env, { port });
    const c = await leadsApi(api).create(staff.token, { park: 'xiaohe' });
    const m = await leadsApi(api).move(staff.token, c.body.id, {
      to: 'signed',
      signedAmountWan: '50000',
      version: c.body.version,
    });
    expect(m.status).toBe(200);
    await waitFor(async () => (await totalsOf()) !== '650000.5000', 'the worker totals the new signing', {
      timeoutMs: 20_000,
    });
    // Back on its own: the stream reconnects (with backoff) and the page reads every figure again.
    await signed.getByText(formatYi(await totalsOf())).waitFor({ timeout: 30_000 });
    await page.getByText('实时').waitFor({ timeout: 30_000 });
    // Only the connection failures of the restart itself may show in the console.
    const expected =
      /ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET|Failed to fetch|status of 50[23]/;
    expect(problems.filter((p) => !expected.test(p))).toEqual([]);
    await context.close();
  }, 120_000);

  it('prints a 通报 on A4 and offers each chart as a PNG', async () => {
    const { page, problems, context } = await openCockpit(`/cockpit/report?year=${year}`);
    await page.getByTestId('cockpit-report').getByTestId('cockpit-signed').waitFor();
    await page.getByTestId('report-by-park').getByText('未落园区').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出“完成率”图片' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('完成率.png');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '打印 / 导出 PDF' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
    await screenshot(page, 'cockpit-report');
    expect(problems).toEqual([]);
    await context.close();
  });
});
