import type { Browser, Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createTestEnv, createUser, TestEnv } from '../support/harness';
import { leadsApi } from '../leads/lead-fixtures';
import { fillDate, launchBrowser, newContext, screenshot, signIn, dialogCloses } from './browser';
import { ServedApi, startServedApi } from './web-harness';

/**
 * 问题台账与督办 in the browser (real API and PostgreSQL): the owner raises a problem on the lead page, a supervisor
 * issues a 督办 on it, the assignee works the problem on the 问题台账 board and acknowledges and reports the order in
 * 我的督办, and the supervisor closes it.
 */
describe('browser: 问题台账 and 我的督办', () => {
  let env: TestEnv;
  let api: ServedApi;
  let browser: Browser;
  let owner: { id: string; email: string; token: string };
  let assignee: { id: string; email: string; token: string };
  let boss: { id: string; email: string; token: string };
  let leadId: string;
  const password = 'password-0123456789';

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startServedApi(env);
    owner = await createUser(api, 'staff', '王芳');
    assignee = await createUser(api, 'staff', '李强');
    boss = await createUser(api, 'supervisor', '陈军');
    await api
      .http()
      .post('/api/v1/departments')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({ name: '国网太原供电公司' });
    leadId = (
      await leadsApi(api).create(owner.token, { companyName: '太重集团', projectName: '风电主轴生产线' })
    ).body.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await env?.dropDatabase();
  });

  async function pickUser(page: Page, inputId: string, name: string): Promise<void> {
    await page.locator(`#${inputId}`).click({ force: true });
    await page.keyboard.type(name);
    await page.getByRole('option', { name: new RegExp(name) }).click();
    // The choice shows in the select (its remote search answered and the list closed) before the test goes on.
    await page
      .locator('.el-select', { has: page.locator(`#${inputId}`) })
      .locator('.el-select__selected-item', { hasText: name })
      .first()
      .waitFor();
  }

  it('raises, issues, works, acknowledges, reports and closes', async () => {
    // The owner raises a problem on the lead page; a missing due date is explained beside the field.
    const first = await newContext(browser, api.baseUrl);
    let page = first.page;
    await page.goto(`/leads/${leadId}`);
    await signIn(page, owner.email, password);
    await page.getByRole('heading', { name: '问题与督办' }).waitFor();
    await page.getByRole('button', { name: '登记问题' }).click();
    let dialog = page.getByRole('dialog', { name: '登记问题' });
    await dialog.getByLabel('问题类别').click({ force: true });
    await page.getByRole('option', { name: '用电', exact: true }).click();
    await dialog.getByLabel('问题描述').fill('用电增容方案未批复，影响设备调试');
    await dialog.getByLabel('责任单位').click({ force: true });
    await page.getByRole('option', { name: '国网太原供电公司' }).click();
    await pickUser(page, 'problem-assignee', '李强');
    await dialog.getByRole('button', { name: '登记' }).click();
    await dialog.getByText('请填写办结时限').waitFor();
    await fillDate(dialog.getByLabel('办结时限'), '2030-12-31');
    await dialog.getByRole('button', { name: '登记' }).click();
    await dialogCloses(dialog);
    await page.getByRole('article', { name: '问题：用电增容方案未批复，影响设备调试' }).waitFor();
    expect(first.problems).toEqual([]);
    await first.context.close();

    // A supervisor issues a 督办 on that problem to the assignee.
    const second = await newContext(browser, api.baseUrl);
    page = second.page;
    await page.goto(`/leads/${leadId}`);
    await signIn(page, boss.email, password);
    await page.getByRole('button', { name: '下达督办' }).click();
    dialog = page.getByRole('dialog', { name: '下达督办' });
    await dialog.getByLabel('针对的问题（选填）').click({ force: true });
    await page.getByRole('option', { name: /用电增容方案未批复/ }).click();
    await dialog.getByLabel('批示内容').fill('请于年底前协调解决用电增容');
    await pickUser(page, 'supervision-assignee-0', '李强');
    await fillDate(dialog.getByLabel('办理时限'), '2030-12-20');
    await dialog.getByRole('button', { name: '下达' }).click();
    await dialogCloses(dialog);
    await page
      .getByRole('article', { name: '督办：请于年底前协调解决用电增容' })
      .getByText('已交办')
      .waitFor();
    await screenshot(page, 'lead-problems-supervision');
    expect(second.problems).toEqual([]);

    // The assignee works the problem on the 问题台账 board: 待办 → 办理中.
    const third = await newContext(browser, api.baseUrl);
    const worker = third.page;
    await worker.goto('/problems');
    await signIn(worker, assignee.email, password);
    await worker.getByRole('heading', { name: '问题台账' }).waitFor();
    await worker.getByText('我承办的').click();
    await worker.getByText('看板').click();
    const todo = worker.getByRole('region', { name: '待办' });
    await todo
      .getByRole('article', { name: /用电增容方案未批复/ })
      .getByRole('button', { name: '开始办理' })
      .click();
    await worker
      .getByRole('region', { name: '办理中' })
      .getByRole('article', { name: /用电增容方案未批复/ })
      .waitFor();
    await worker.getByRole('heading', { name: '办理中（1）' }).waitFor();
    await screenshot(worker, 'problems-board');

    // 我的督办: acknowledge, then report it done.
    await worker.getByRole('menuitem', { name: '我的督办' }).click();
    await worker.getByRole('tab', { name: '待签收（1）' }).waitFor();
    await worker
      .getByRole('article', { name: /请于年底前协调解决用电增容/ })
      .getByRole('button', { name: '签收' })
      .click();
    await worker.getByRole('tab', { name: '待反馈（1）' }).click();
    await worker
      .getByRole('article', { name: /请于年底前协调解决用电增容/ })
      .getByRole('button', { name: '反馈' })
      .click();
    dialog = worker.getByRole('dialog', { name: '督办反馈' });
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.getByText('请填写反馈内容').waitFor();
    await dialog.getByLabel('反馈内容').fill('增容方案已获批复，正在施工接入');
    await dialog.getByText('已办理完成，报请办结').click();
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialogCloses(dialog);
    await worker.getByRole('tab', { name: '待反馈（0）' }).waitFor();
    await screenshot(worker, 'my-supervisions');
    expect(third.problems).toEqual([]);
    await third.context.close();

    // The supervisor closes it from 我交办的.
    await page.goto('/supervisions');
    await page.getByRole('tab', { name: '我交办的（1）' }).click();
    const order = page.getByRole('article', { name: /请于年底前协调解决用电增容/ });
    await order.getByText('已反馈完成').waitFor();
    await order.getByRole('button', { name: '办结' }).click();
    await order.getByText('已办结').waitFor();
    expect(second.problems).toEqual([]);
    await second.context.close();

    // The cockpit shows the zone's open problems and overdue orders to supervisors.
    const cockpit = await newContext(browser, api.baseUrl);
    await cockpit.page.goto('/cockpit');
    await signIn(cockpit.page, boss.email, password);
    const figures = cockpit.page.getByTestId('cockpit-problems');
    await figures.getByText('未办结问题 1').waitFor();
    await figures.getByText('逾期督办 0').waitFor();
    expect(cockpit.problems).toEqual([]);
    await cockpit.context.close();

    const closed = await api
      .http()
      .get(`/api/v1/supervisions?leadId=${leadId}`)
      .set('Authorization', `Bearer ${boss.token}`);
    expect(closed.body.items.map((o: { status: string }) => o.status)).toEqual(['closed']);
  });

  it('an admin keeps the 责任单位 and the 预警配置', async () => {
    const { context, page, problems } = await newContext(browser, api.baseUrl);
    await page.goto('/system/problem-settings');
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('heading', { name: '责任单位与预警' }).waitFor();
    const posts: string[] = [];
    page.on('request', (r) => void (r.method() === 'POST' && posts.push(new URL(r.url()).pathname)));
    await page.getByLabel('责任单位名称').fill('国网太原供电公司');
    await page.getByRole('button', { name: '添加' }).click();
    await page.getByText('已有同名的责任单位').waitFor();
    // A double click adds it once (a second POST would be refused as 已有同名的责任单位).
    await page.getByLabel('责任单位名称').fill('区自然资源局');
    await page.getByRole('button', { name: '添加' }).dblclick();
    await page.getByRole('cell', { name: '区自然资源局' }).waitFor();
    await page.getByText('已有同名的责任单位').waitFor({ state: 'detached' });
    expect(posts.filter((p) => p === '/api/v1/departments')).toHaveLength(2);
    await page.getByLabel('问题超过几天未办结亮黄灯').fill('21');
    await page.getByRole('button', { name: '保存预警配置' }).click();
    await page.getByText('预警配置已保存').waitFor();
    await screenshot(page, 'problem-settings');
    const saved = await api
      .http()
      .get('/api/v1/settings/warning')
      .set('Authorization', `Bearer ${owner.token}`);
    expect(saved.body).toEqual({ deadlineSoonDays: 7, noActivityDays: 30, problemAgingDays: 21 });
    expect(problems).toEqual([]);
    await context.close();
  });
});
