import type { Browser } from 'playwright-core';
import { createTestEnv, createUser, TestEnv } from '../support/harness';
import { creditCode, leadsApi } from '../leads/lead-fixtures';
import {
  horizontalOverflow,
  launchBrowser,
  newContext,
  PHONE,
  screenshot,
  signIn,
  dialogCloses,
} from './browser';
import { ServedApi, startServedApi } from './web-harness';
import { zoneToday } from '../../apps/web/src/domain/form-rules';

const PASSWORD = 'password-0123456789';

/** A staff member's day in the browser, against the real API serving the built web app. */
describe('browser: a staff member works a lead', () => {
  let env: TestEnv;
  let api: ServedApi;
  let browser: Browser;
  let staff: { id: string; email: string; token: string };

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startServedApi(env);
    staff = await createUser(api, 'staff', '王芳');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await env?.dropDatabase();
  });

  it('logs in, creates a lead (fixing a bad 统一社会信用代码), logs an activity, and moves it to 落地 once the approvals are done', async () => {
    const { context, page, problems } = await newContext(browser, api.baseUrl);
    await page.goto('/');
    await page.waitForURL('**/login');
    await screenshot(page, 'login');
    await signIn(page, staff.email, PASSWORD);
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.getByText('我的项目 · 三色预警').waitFor();
    await screenshot(page, 'home-staff');

    await page.getByRole('menuitem', { name: '新建项目' }).click();
    await page.getByRole('heading', { name: '新建项目' }).waitFor();
    const code = creditCode();
    const badCode = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    await page.getByLabel('企业名称').fill('山西烁科晶体有限公司');
    await page.getByLabel('统一社会信用代码').fill(badCode);
    await page.getByLabel('项目名称').fill('碳化硅衬底二期项目');
    await page.getByLabel('产业赛道').click({ force: true });
    await page.getByRole('option', { name: '先进半导体' }).click();
    await page.getByLabel('计划投资（万元）').fill('350000');
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/leads') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: '创建项目' }).click();
    const problem = await (await refused).json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    const apiMessage = problem.errors.find((e: { field: string }) => e.field === 'creditCode')
      .message as string;
    // The API's own words, beside the field they concern (the API answers in Chinese by default).
    const codeItem = page.locator('.el-form-item').filter({ has: page.getByLabel('统一社会信用代码') });
    await expect(codeItem.locator('.el-form-item__error').textContent()).resolves.toBe(apiMessage);
    await page.getByRole('alert').filter({ hasText: problem.detail }).waitFor();
    await screenshot(page, 'lead-create-field-error');

    await page.getByLabel('统一社会信用代码').fill(code);
    await page.getByRole('button', { name: '创建项目' }).click();
    await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: '碳化硅衬底二期项目' }).waitFor();
    const leadId = page.url().split('/').pop()!;

    await page.getByRole('button', { name: '记录洽谈' }).click();
    const activity = page.getByRole('dialog', { name: '记录洽谈' });
    await activity.getByLabel('洽谈内容').fill('赴烁科总部洽谈二期扩产，企业希望年内签约。');
    await activity.getByRole('button', { name: '保存' }).click();
    await dialogCloses(activity);
    await page.getByText('赴烁科总部洽谈二期扩产，企业希望年内签约。', { exact: true }).waitFor();

    await page.getByRole('button', { name: '推进到签约' }).click();
    const sign = page.getByRole('dialog', { name: '推进到签约' });
    await sign.getByLabel('签约金额（万元）').fill('300000');
    await sign.getByRole('button', { name: '确定' }).click();
    await dialogCloses(sign);
    await page.getByRole('button', { name: '推进到落地' }).waitFor();

    await page.getByRole('button', { name: '推进到落地' }).click();
    const land = page.getByRole('dialog', { name: '推进到落地' });
    await land.getByRole('button', { name: '确定' }).click();
    const gate = land.getByRole('alert');
    await gate.getByText('还差以下条件').waitFor();
    for (const name of ['立项未完成', '环评未完成', '土地未完成']) await gate.getByText(name).waitFor();
    await screenshot(page, 'lead-gate-unmet', false);
    await land.getByRole('button', { name: '取消' }).click();

    for (const [kind, docNo] of [
      ['立项', '晋综示审批备〔2024〕12号'],
      ['环评', '晋综示环审〔2024〕3号'],
      ['土地', '晋（2024）综改不动产权第001号'],
    ]) {
      await page.getByRole('button', { name: `办理${kind}` }).click();
      const dialog = page.getByRole('dialog', { name: `办理${kind}` });
      await dialog.getByText('已完成').click();
      if (kind === '立项') {
        // 完成日期 defaults to the zone's today, and no day after it can be picked.
        const done = dialog.getByLabel('完成日期');
        expect(await done.inputValue()).toBe(zoneToday());
        await done.click();
        const panel = page.locator('.el-picker-panel:visible');
        await panel.locator('td.today').waitFor();
        expect(await panel.locator('td.today.disabled').count()).toBe(0);
        expect(await panel.locator('td.next-month.disabled').count()).toBeGreaterThan(0);
        await panel.locator('td.today').click(); // picks today again and closes the calendar
      }
      await dialog.getByLabel('文号（选填）').fill(docNo);
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialogCloses(dialog);
      await page.locator('.approvals').getByText(docNo).waitFor();
    }
    await page.getByRole('button', { name: '推进到落地' }).click();
    await land.getByRole('button', { name: '确定' }).click();
    await dialogCloses(land);
    await page.getByRole('button', { name: '推进到开工建设' }).waitFor();

    const lead = await leadsApi(api).get(staff.token, leadId);
    expect(lead.body).toEqual(
      expect.objectContaining({ stage: 'landed', signedAmountWan: '300000.0000', creditCode: code }),
    );
    expect(lead.body.approvals.land).toEqual(
      expect.objectContaining({ status: 'done', documentNo: '晋（2024）综改不动产权第001号' }),
    );

    await page.getByRole('tab', { name: '投资进度' }).click();
    await page.getByRole('button', { name: '录入月度投资' }).click();
    const invest = page.getByRole('dialog', { name: '录入月度投资' });
    await invest.getByLabel('到位资金（万元）').fill('1.23456');
    await invest.getByRole('button', { name: '保存' }).click();
    await invest.getByText('到位资金：请填写金额（万元），最多 4 位小数').waitFor();
    await invest.getByLabel('到位资金（万元）').fill('1200.5');
    await invest.getByLabel('投资完成额（万元）').fill('980');
    await invest.getByRole('button', { name: '保存' }).click();
    await dialogCloses(invest);
    const month = page.getByRole('row').filter({ hasText: '1,200.5万元' });
    await month.waitFor();
    await expect(month.textContent()).resolves.toContain('980万元');

    await page.getByRole('tab', { name: '修改记录' }).click();
    await page.getByText('阶段：签约 → 落地').waitFor();
    await page.getByRole('tab', { name: '阶段变更' }).click();
    await screenshot(page, 'lead-detail');

    await page.getByRole('menuitem', { name: '项目库' }).click();
    await page.getByRole('link', { name: '碳化硅衬底二期项目' }).waitFor();
    await page.getByText('共 1 个项目').waitFor();
    await expect(
      page.getByRole('row').filter({ hasText: '碳化硅衬底二期项目' }).textContent(),
    ).resolves.toContain('35.00亿元');
    await screenshot(page, 'lead-list');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens an emailed /leads/<id> link signed out, and lands on that lead after login', async () => {
    const created = await leadsApi(api).create(staff.token, {
      companyName: '泰山玻纤',
      projectName: '高性能玻纤产线项目',
    });
    expect(created.status).toBe(201);
    const { context, page, problems } = await newContext(browser, api.baseUrl);
    await page.goto(`/leads/${created.body.id}`);
    await page.waitForURL(/\/login\?redirect=/);
    expect(new URL(page.url()).searchParams.get('redirect')).toBe(`/leads/${created.body.id}`);
    await signIn(page, staff.email, PASSWORD);
    await page.waitForURL(`**/leads/${created.body.id}`);
    await page.getByRole('heading', { name: '高性能玻纤产线项目' }).waitFor();
    // The token never appears in a URL.
    expect(page.url()).not.toMatch(/token|eyJ/);

    // A 401 anywhere (the session ended elsewhere) returns to the login page, then back here.
    await page.evaluate(`{
      const raw = JSON.parse(localStorage.getItem('luodi.session'));
      localStorage.setItem('luodi.session', JSON.stringify({ ...raw, token: 'expired.token.value' }));
    }`);
    await page.reload();
    await page.waitForURL(`**/login?redirect=/leads/${created.body.id}`);
    await signIn(page, staff.email, PASSWORD);
    await page.waitForURL(`**/leads/${created.body.id}`);
    await page.getByRole('heading', { name: '高性能玻纤产线项目' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works on a 390 px phone: the lead list as cards, and the activity form usable', async () => {
    const { context, page, problems } = await newContext(browser, api.baseUrl, PHONE);
    await page.goto('/login');
    await signIn(page, staff.email, PASSWORD);
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('menuitem', { name: '项目库' }).click();
    await page.getByRole('heading', { name: '项目库' }).waitFor();
    const card = page.locator('.lead-card').filter({ hasText: '高性能玻纤产线项目' });
    await card.waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-lead-list');

    await card.click();
    await page.getByRole('heading', { name: '高性能玻纤产线项目' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: '记录洽谈' }).click();
    const dialog = page.getByRole('dialog', { name: '记录洽谈' });
    await dialog.getByLabel('洽谈内容').fill('电话沟通产线选址，约定下周实地考察。');
    const box = await dialog.getByRole('button', { name: '保存' }).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    await screenshot(page, 'phone-activity-form', false);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialogCloses(dialog);
    await page.getByText('电话沟通产线选址，约定下周实地考察。', { exact: true }).waitFor();
    await screenshot(page, 'phone-lead-detail');
    expect(problems).toEqual([]);
    await context.close();
  });
});
