import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { createTestEnv, createUser, TestEnv } from '../support/harness';
import { launchBrowser, newContext, screenshot, signIn } from './browser';
import { ServedApi, startServedApi } from './web-harness';

/** 项目库: import a file with good and bad rows (dry run first), filter, and export the filter to Excel. */
describe('browser: import and export in the 项目库', () => {
  const dir = mkdtempSync(join(tmpdir(), 'luodi-import-'));
  let env: TestEnv;
  let api: ServedApi;
  let browser: Browser;
  let staff: { id: string; email: string; token: string };

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startServedApi(env);
    staff = await createUser(api, 'staff', 'zhang.wei');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await env?.dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the bad rows of an import, imports the good ones, and downloads the filtered list as a workbook', async () => {
    const csv = [
      '企业名称,项目名称,产业赛道,园区,计划投资额（万元）',
      '晶科能源,光伏组件基地项目,新能源,潇河,500000',
      '泰山玻纤,玻纤产线项目,新材料,阳曲园区,120000',
      '坏数据公司,赛道不对的项目,造船,潇河,1000',
      '烁科晶体,碳化硅衬底项目,先进半导体,唐槐,',
      '太重集团,智能矿山装备项目,高端装备制造,,80000.5',
    ].join('\n');
    const file = join(dir, '项目清单.csv');
    writeFileSync(file, `\uFEFF${csv}`);

    const { context, page, problems } = await newContext(browser, api.baseUrl);
    await page.goto('/leads');
    await signIn(page, staff.email, 'password-0123456789');
    await page.getByRole('heading', { name: '项目库' }).waitFor();
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入项目' });
    await dialog.getByLabel('选择文件').setInputFiles(file);
    await dialog.getByRole('button', { name: '试导入' }).click();
    await dialog.getByText('试导入：可导入 3 行，跳过 2 行，2 处错误').waitFor();
    const errors = dialog.getByRole('table').last();
    const rows = await dialog.locator('.el-table__body tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^4产业赛道/);
    expect(rows[1]).toMatch(/^5计划投资/);
    await errors.waitFor();
    await screenshot(page, 'lead-import-dry-run', false);
    // Nothing was written by the dry run.
    const before = await api.http().get('/api/v1/leads/counts').set('Authorization', `Bearer ${staff.token}`);
    expect(before.body.total).toBe(0);

    await dialog.getByRole('button', { name: '确认导入' }).click();
    await dialog.getByText('已导入 3 行，跳过 2 行，2 处错误').waitFor();
    await dialog.getByRole('button', { name: '关闭', exact: true }).click();
    await page.getByText('共 3 个项目').waitFor();

    await page.getByLabel('赛道').selectOption({ label: '新能源' });
    await page.waitForURL(/track=new_energy/);
    await page.getByText('共 1 个项目').waitFor();
    await page.getByRole('link', { name: '光伏组件基地项目' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const saved = join(dir, 'export.xlsx');
    const file2 = await download;
    expect(file2.suggestedFilename()).toBe('项目线索.xlsx');
    await file2.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const values = sheet.getRow(2).values as unknown[];
    expect(sheet.rowCount).toBe(2);
    expect(values).toEqual(expect.arrayContaining(['晶科能源', '光伏组件基地项目', '新能源']));
    expect(problems).toEqual([]);
    await context.close();
  });
});
