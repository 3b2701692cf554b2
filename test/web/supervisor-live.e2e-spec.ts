import { INestApplicationContext } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import { createTestEnv, createUser, startWorker, TestEnv } from '../support/harness';
import { leadsApi } from '../leads/lead-fixtures';
import { SmtpTestServer } from '../worker/smtp-test-server';
import { deleteQueueKeys, FAST_MAIL, NO_RECENT_DIGEST } from '../worker/worker-fixtures';
import { waitFor } from '../worker/wait-for';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { MAIL_SETTINGS } from '@luodi/notifications';
import { zoneToday } from '../../apps/web/src/domain/form-rules';
import { fillDate, launchBrowser, newContext, screenshot, signIn, dialogCloses } from './browser';
import { ServedApi, startServedApi } from './web-harness';

const PASSWORD = 'password-0123456789';

/** Supervisors, live updates, version conflicts and notifications, with the worker and an SMTP server running. */
describe('browser: supervisors, live progress, conflicts and notifications', () => {
  const smtp = new SmtpTestServer();
  let env: TestEnv;
  let api: ServedApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let staff: { id: string; email: string; token: string };
  let supervisor: { id: string; email: string; token: string };
  const year = Number(zoneToday().slice(0, 4));

  beforeAll(async () => {
    await smtp.start();
    env = await createTestEnv({
      SMTP_URL: smtp.url,
      DIGEST_CRON: NO_RECENT_DIGEST,
      REMINDER_SCAN_EVERY: '2s',
    });
    api = await startServedApi(env);
    worker = await startWorker(env, WorkerModule, {
      configure: (b) => b.overrideProvider(MAIL_SETTINGS).useValue(FAST_MAIL),
    });
    staff = await createUser(api, 'staff', 'li.qiang');
    supervisor = await createUser(api, 'supervisor', 'zhao.min');
    for (const [id, name] of [
      [staff.id, '李强'],
      [supervisor.id, '赵敏'],
    ]) {
      const res = await api
        .http()
        .patch(`/api/v1/users/${id}`)
        .set('Authorization', `Bearer ${api.adminToken}`)
        .send({ name });
      expect(res.status).toBe(200);
    }
    const target = await api
      .http()
      .put(`/api/v1/targets/${year}`)
      .set('Authorization', `Bearer ${supervisor.token}`)
      .send({ signedAmountWan: '6000000' });
    expect(target.status).toBe(200);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
    await smtp.stop();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  it("shows a signing on the supervisor's 工作台 without a reload, after a staff member signs in another context", async () => {
    const leads = leadsApi(api);
    const created = await leads.create(staff.token, {
      companyName: '比亚迪股份有限公司',
      projectName: '新能源电池基地项目',
      track: 'new_energy',
      plannedInvestmentWan: '1500000',
      leaderId: undefined,
    });
    expect(created.status).toBe(201);
    const led = await leads.patch(supervisor.token, created.body.id, {
      leaderId: supervisor.id,
      version: created.body.version,
    });
    expect(led.status).toBe(200);

    const boss = await newContext(browser, api.baseUrl);
    await boss.page.goto('/login');
    await signIn(boss.page, supervisor.email, PASSWORD);
    const progress = boss.page.getByTestId('target-progress');
    await progress.locator('.figure').filter({ hasText: '全年目标' }).getByText('600.00亿元').waitFor();
    const signed = progress.locator('.figure').filter({ hasText: '已签约' });
    await signed.getByText('0.00亿元').waitFor();
    await boss.page.getByText('我包联的项目 · 三色预警').waitFor();
    await boss.page.evaluate("window.marker = 'no reload'");

    const clerk = await newContext(browser, api.baseUrl);
    await clerk.page.goto(`/leads/${created.body.id}`);
    await signIn(clerk.page, staff.email, PASSWORD);
    await clerk.page.getByRole('button', { name: '推进到签约' }).click();
    const dialog = clerk.page.getByRole('dialog', { name: '推进到签约' });
    await dialog.getByLabel('签约金额（万元）').fill('123456.78');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialogCloses(dialog);

    // The worker recomputes the year's totals; the API's event stream tells the open page.
    await signed.getByText('12.35亿元').waitFor({ timeout: 10_000 });
    expect(await boss.page.evaluate('window.marker')).toBe('no reload');
    await screenshot(boss.page, 'home-supervisor');
    expect(boss.problems).toEqual([]);
    expect(clerk.problems).toEqual([]);
    await boss.context.close();
    await clerk.context.close();
  });

  it('tells the second of two editors that someone else changed the lead, and keeps what they typed', async () => {
    const created = await leadsApi(api).create(staff.token, {
      companyName: '太重集团',
      projectName: '智能矿山装备项目',
    });
    const first = await newContext(browser, api.baseUrl);
    const second = await newContext(browser, api.baseUrl);
    for (const [ctx, user] of [
      [first, staff],
      [second, supervisor],
    ] as const) {
      await ctx.page.goto(`/leads/${created.body.id}/edit`);
      await signIn(ctx.page, user.email, PASSWORD);
      await ctx.page.getByRole('heading', { name: '编辑项目' }).waitFor();
    }
    // Nothing changed yet: 保存 says so and sends nothing; the real save sends one PATCH.
    const patches: string[] = [];
    first.page.on('request', (r) => void (r.method() === 'PATCH' && patches.push(r.url())));
    await first.page.getByRole('button', { name: '保存' }).click();
    await first.page.getByText('没有修改').waitFor();
    expect(patches).toEqual([]);
    await first.page.getByLabel('项目名称').fill('智能矿山装备一期项目');
    await first.page.getByRole('button', { name: '保存' }).click();
    await first.page.waitForURL(`**/leads/${created.body.id}`);
    expect(patches).toHaveLength(1);

    await second.page.getByLabel('备注').fill('赵敏：请于月底前完成可研评审。');
    await second.page.getByRole('button', { name: '保存' }).click();
    const conflict = second.page.getByRole('alert').filter({ hasText: '该项目已被他人修改' });
    await conflict.waitFor();
    expect(await second.page.getByLabel('备注').inputValue()).toBe('赵敏：请于月底前完成可研评审。');
    await screenshot(second.page, 'lead-edit-conflict');
    await conflict.getByRole('button', { name: '重新加载最新版本' }).click();
    // Their change is taken in, this user's typing is kept.
    await second.page.getByText('已载入最新版本').waitFor();
    expect(await second.page.getByLabel('项目名称').inputValue()).toBe('智能矿山装备一期项目');
    expect(await second.page.getByLabel('备注').inputValue()).toBe('赵敏：请于月底前完成可研评审。');
    await second.page.getByRole('button', { name: '保存' }).click();
    await second.page.waitForURL(`**/leads/${created.body.id}`);
    const lead = await leadsApi(api).get(staff.token, created.body.id);
    expect(lead.body).toEqual(
      expect.objectContaining({
        projectName: '智能矿山装备一期项目',
        notes: '赵敏：请于月底前完成可研评审。',
      }),
    );
    expect(first.problems).toEqual([]);
    expect(second.problems).toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  it('lets a supervisor move a lead back with a reason, set its deadline, and reopen it after it was closed as lost', async () => {
    const leads = leadsApi(api);
    const created = await leads.create(staff.token, {
      companyName: '泰山玻纤',
      projectName: '风电纱产线项目',
    });
    const signed = await leads.move(staff.token, created.body.id, {
      to: 'signed',
      signedAmountWan: '80000',
      version: created.body.version,
    });
    expect(signed.status).toBe(200);

    const { context, page, problems } = await newContext(browser, api.baseUrl);
    await page.goto(`/leads/${created.body.id}`);
    await signIn(page, supervisor.email, PASSWORD);
    await page.getByRole('heading', { name: '风电纱产线项目' }).waitFor();
    await page.getByRole('button', { name: '回退' }).click();
    const back = page.getByRole('dialog', { name: '回退阶段' });
    await back.getByRole('button', { name: '确定' }).click();
    await back.getByText('请填写原因').waitFor();
    await back.getByLabel('原因').fill('企业要求重新评估签约条款');
    await back.getByRole('button', { name: '确定' }).click();
    await dialogCloses(back);
    await page.getByRole('button', { name: '推进到签约' }).waitFor();

    await page.getByRole('button', { name: '设置期限' }).click();
    const deadline = page.getByRole('dialog', { name: '设置阶段期限' });
    await fillDate(deadline.getByLabel('阶段期限'), '2030-06-30');
    await deadline.getByRole('button', { name: '保存' }).click();
    await dialogCloses(deadline);
    await page.getByText('期限 2030年6月30日').waitFor();

    await page.getByRole('button', { name: '终止' }).click();
    const lost = page.getByRole('dialog', { name: '终止项目' });
    await lost.getByLabel('终止原因').fill('企业投资计划取消');
    await lost.getByRole('button', { name: '确定' }).click();
    await dialogCloses(lost);
    await page.getByText('项目已终止').waitFor();
    await page.getByRole('button', { name: '重启' }).click();
    const reopen = page.getByRole('dialog', { name: '重启项目' });
    await reopen.getByLabel('原因').fill('企业恢复投资意向');
    await reopen.getByRole('button', { name: '确定' }).click();
    await dialogCloses(reopen);
    await page.getByRole('button', { name: '推进到签约' }).waitFor();
    const lead = await leads.get(supervisor.token, created.body.id);
    expect(lead.body).toEqual(expect.objectContaining({ stage: 'lead', lostReason: null }));
    const history = await leads.call('get', `/leads/${created.body.id}/transitions`, supervisor.token);
    expect(history.body.map((t: { to: string; reason: string | null }) => [t.to, t.reason])).toEqual([
      ['signed', null],
      ['lead', '企业要求重新评估签约条款'],
      ['lost', '企业投资计划取消'],
      ['lead', '企业恢复投资意向'],
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("lists a user's reminders and digests in 通知, each linking to its lead, and shows the admin pages", async () => {
    const created = await leadsApi(api).create(staff.token, {
      companyName: '晶科能源',
      projectName: '光伏组件基地项目',
    });
    const tomorrow = new Date(Date.now() + 86_400_000);
    const deadline = zoneToday(tomorrow);
    const moved = await leadsApi(api).patch(supervisor.token, created.body.id, {
      stageDeadline: deadline,
      version: created.body.version,
    });
    expect(moved.status).toBe(200);
    const digest = await api
      .http()
      .post('/api/v1/digests/run')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({});
    expect([200, 201, 202]).toContain(digest.status);
    await waitFor(() => smtp.to(staff.email).length >= 2, 'a reminder and a digest to the staff member', {
      timeoutMs: 30_000,
    });

    const { context, page, problems } = await newContext(browser, api.baseUrl);
    await page.goto('/notifications');
    await signIn(page, staff.email, PASSWORD);
    await page.getByRole('heading', { name: '通知' }).waitFor();
    await page.getByText('每周简报').waitFor();
    const reminder = page
      .getByRole('listitem')
      .filter({ hasText: '到期提醒（到期前 1 天）' })
      .getByRole('link', { name: '光伏组件基地项目（晶科能源）' });
    await reminder.waitFor();
    await screenshot(page, 'notifications');
    await reminder.click();
    await page.waitForURL(`**/leads/${created.body.id}`);
    await page.getByRole('heading', { name: '光伏组件基地项目' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();

    const admin = await newContext(browser, api.baseUrl);
    await admin.page.goto('/system/users');
    await signIn(admin.page, 'admin@luodi.test', 'admin-password-2024');
    await admin.page.getByRole('cell', { name: '李强', exact: true }).waitFor();
    await screenshot(admin.page, 'admin-users');
    await admin.page.getByRole('menuitem', { name: '年度目标' }).click();
    await admin.page.getByLabel('全区签约目标（万元）').waitFor();
    const zoneTarget = admin.page.getByLabel('全区签约目标（万元）');
    await waitFor(async () => (await zoneTarget.inputValue()) === '6000000', "the year's target in the form");
    await admin.page
      .getByTestId('target-progress')
      .locator('.figure')
      .filter({ hasText: '已签约' })
      .getByText('12.35亿元')
      .waitFor();
    await screenshot(admin.page, 'admin-targets');
    // Saving: an amount the API would refuse is explained beside the field, and nothing is sent; then it saves.
    const puts: string[] = [];
    admin.page.on('request', (r) => void (r.method() === 'PUT' && puts.push(r.url())));
    await zoneTarget.fill('6500000.12345');
    await admin.page.getByRole('button', { name: '保存目标' }).click();
    await admin.page
      .locator('.el-form-item')
      .filter({ has: zoneTarget })
      .locator('.el-form-item__error')
      .filter({ hasText: '最多 4 位小数' })
      .waitFor();
    expect(puts).toEqual([]);
    await zoneTarget.fill('6500000');
    await admin.page.getByRole('button', { name: '保存目标' }).click();
    await admin.page.getByText('年目标已保存').waitFor();
    expect(puts).toHaveLength(1);
    await admin.page.reload();
    await waitFor(async () => (await zoneTarget.inputValue()) === '6500000', 'the saved target in the form');
    expect(admin.problems).toEqual([]);
    await admin.context.close();
  });
});
