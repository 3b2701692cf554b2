import type { Browser } from 'playwright-core';
import { createTestEnv, createUser, TestEnv } from '../support/harness';
import { leadsApi } from '../leads/lead-fixtures';
import { addDays } from '@luodi/core';
import { zoneToday } from '../../apps/web/src/domain/form-rules';
import { launchBrowser, newContext, screenshot, signIn } from './browser';
import { ServedApi, startServedApi } from './web-harness';

const PASSWORD = 'password-0123456789';

/** A supervisor's journey through a 三个一批 event page and the plan report (issue 16). */
describe('browser: a 三个一批 event and the plan report', () => {
  let env: TestEnv;
  let api: ServedApi;
  let browser: Browser;
  let supervisor: { id: string; email: string; token: string };
  let staff: { id: string; email: string; token: string };
  const today = zoneToday();
  const year = Number(today.slice(0, 4));
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startServedApi(env);
    supervisor = await createUser(api, 'supervisor', 'zhao.min');
    staff = await createUser(api, 'staff', 'li.qiang');
    const leads = leadsApi(api);
    for (const [key, company, project] of [
      ['signed', '山西烁科晶体有限公司', '碳化硅衬底扩产项目'],
      ['open', '泰山玻璃纤维有限公司', '高性能玻纤二期项目'],
    ]) {
      const res = await leads.create(staff.token, {
        companyName: company,
        projectName: project,
        creditCode: undefined,
        plannedInvestmentWan: key === 'signed' ? '300000' : '200000',
      });
      expect(res.status).toBe(201);
      ids[key] = res.body.id as string;
      const plan = await api
        .http()
        .put(`/api/v1/leads/${ids[key]}/plans/${year}`)
        .set('Authorization', `Bearer ${staff.token}`)
        .send({
          plannedInvestmentWan: key === 'signed' ? '300000' : '200000',
          plannedStartMonth: `${year}-01`,
          buildType: key === 'signed' ? 'new' : 'continued',
          category: 'industrial',
          provincialKey: true,
        });
      expect(plan.status).toBe(200);
    }
    const signed = await leads.move(staff.token, ids.signed, {
      to: 'signed',
      signedAmountWan: '300000',
      version: 1,
    });
    expect(signed.status).toBe(200);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await env?.dropDatabase();
  });

  it('creates an event, nominates projects, sees who will not be ready, exports it, then reads the plan report', async () => {
    const { context, page, problems } = await newContext(browser, api.baseUrl);
    await page.goto('/login');
    await signIn(page, supervisor.email, PASSWORD);
    await page.getByRole('menuitem', { name: '三个一批' }).first().click();
    await page.getByRole('heading', { name: '“三个一批”活动' }).waitFor();

    const date = addDays(today, 10);
    await page.getByPlaceholder('全市第四期“三个一批”活动').fill('全市第七期“三个一批”活动');
    await page.getByPlaceholder('选择日期').fill(date);
    await page.getByPlaceholder('选择日期').press('Enter');
    await page.getByRole('spinbutton').fill('7');
    await page.getByRole('button', { name: '创建' }).click();
    await page.getByRole('heading', { name: '全市第七期“三个一批”活动' }).waitFor();
    await page.getByText(`第7期 · ${date}`).waitFor();

    for (const [name, output] of [
      ['烁科', '150000'],
      ['泰山', '80000'],
    ]) {
      await page.getByRole('combobox', { name: '项目' }).fill(name);
      await page.getByRole('option', { name: new RegExp(name) }).click();
      await page.getByLabel('预计年产值（万元）').fill(output);
      await page.getByRole('button', { name: '提名' }).click();
      await page
        .getByRole('cell', { name: new RegExp(name) })
        .first()
        .waitFor();
    }
    const signing = page.locator('[aria-label="签约一批"]');
    await signing.getByText(`已达到（${today}）`).first().waitFor();
    const rows = await signing.locator('.el-table__body tr').allTextContents();
    expect(rows).toEqual([
      expect.stringMatching(new RegExp(`^碳化硅衬底扩产项目.*签约已达到（${today}）$`)),
      expect.stringMatching(/^高性能玻纤二期项目.*洽谈未达到$/),
    ]);
    await page.locator('[data-test="total-signing"]').getByText('2个项目').waitFor();
    await page
      .locator('[data-test="total-signing"]')
      .getByText('总投资50.00亿元，预计年产值23.00亿元')
      .waitFor();
    await page.locator('[data-test="total-signing"]').getByText('1个未达到').waitFor();
    await screenshot(page, 'batch-event');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出清单' }).click();
    expect((await download).suggestedFilename()).toBe('三个一批项目清单.xlsx');

    await page.getByRole('menuitem', { name: '年度计划' }).first().click();
    await page.getByRole('heading', { name: '年度计划' }).waitFor();
    await page
      .locator('[data-test="plan-statement"]')
      .getByText('2个年度计划项目，开工率0%，投资完成率0%，年度计划投资50亿元，其中新建占60%')
      .waitFor();
    await page.getByText('仅省级重点工程').click();
    await page
      .locator('[data-test="plan-statement"]')
      .getByText('2个省级重点工程项目，开工率0%，投资完成率0%，年度计划投资50亿元，其中新建占60%')
      .waitFor();
    await page.getByRole('link', { name: '碳化硅衬底扩产项目' }).waitFor();
    await screenshot(page, 'plan-report');

    // The 发改 office's sheet goes back in from the page: a dry run first, then the import (unchanged rows).
    const sheet = (
      await api
        .http()
        .get(`/api/v1/plans/${year}/export.xlsx`)
        .set('Authorization', `Bearer ${supervisor.token}`)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
    ).body as Buffer;
    await page.getByRole('button', { name: '导入计划表' }).click();
    const importDialog = page.getByRole('dialog', { name: '导入年度计划（每个项目每年一行）' });
    await importDialog.getByLabel('选择文件').setInputFiles({
      name: `${year}年度计划.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: sheet,
    });
    await importDialog.getByRole('button', { name: '试导入' }).click();
    await importDialog.getByText('试导入：可导入 2 行，跳过 0 行，0 处错误').waitFor();
    await importDialog.getByRole('button', { name: '确认导入' }).click();
    await importDialog.getByText('已导入 2 行，跳过 0 行，0 处错误').waitFor();
    await importDialog.locator('.el-dialog__footer').getByRole('button', { name: '关闭' }).click();
    await page
      .locator('[data-test="plan-statement"]')
      .getByText('2个省级重点工程项目，开工率0%，投资完成率0%，年度计划投资50亿元，其中新建占60%')
      .waitFor();

    // The cockpit shows the year's investment and new-output targets beside the signing target.
    const target = await api
      .http()
      .put(`/api/v1/targets/${year}`)
      .set('Authorization', `Bearer ${supervisor.token}`)
      .send({ signedAmountWan: '6000000', investmentWan: '3000000', newOutputWan: '5000000' });
    expect(target.status).toBe(200);
    await page.getByRole('menuitem', { name: '驾驶舱' }).first().click();
    await page.getByTestId('cockpit-investment').getByText('年度投资（目标300.00亿元').waitFor();
    await page.getByTestId('cockpit-new-output').getByText('0.00亿元 · 0.0%').waitFor();
    // The lead page shows the project's plans, and a supervisor sets next year's there.
    await page.goto(`/leads/${ids.open}`);
    const planTable = page.locator('[aria-label="年度计划"]');
    await planTable.getByText('基础设施类').or(planTable.getByText('产业类·续建')).first().waitFor();
    await page.getByLabel('年度计划投资（万元）').fill('88000.5');
    await page.locator('.plans .el-input-number input').fill(String(year + 1));
    await page.getByRole('button', { name: '保存计划' }).click();
    await planTable.getByRole('cell', { name: String(year + 1) }).waitFor();
    const saved = await api
      .http()
      .get(`/api/v1/leads/${ids.open}/plans`)
      .set('Authorization', `Bearer ${supervisor.token}`);
    expect(saved.body[0]).toMatchObject({
      year: year + 1,
      plannedInvestmentWan: '88000.5000',
      buildType: 'new',
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
