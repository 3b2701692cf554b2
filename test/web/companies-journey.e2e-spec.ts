import type { Browser } from 'playwright-core';
import { createTestEnv, createUser, TestEnv } from '../support/harness';
import { creditCode } from '../leads/lead-fixtures';
import { launchBrowser, newContext, screenshot, signIn, dialogCloses } from './browser';
import { ServedApi, startServedApi } from './web-harness';

const PASSWORD = 'password-0123456789';

/**
 * 企业库与产业链 in the browser: a lead whose firm looks like a registered one warns (是否为同一企业？), the user
 * picks the registered firm, the lead is that company's; its company page lists the project; the chain map shows
 * the chain with its links coloured and lists a link's firms and leads when clicked.
 */
describe('browser: a lead for a firm already in the register, the company page and the chain map', () => {
  let env: TestEnv;
  let api: ServedApi;
  let browser: Browser;
  let staff: { id: string; email: string; token: string };

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startServedApi(env);
    staff = await createUser(api, 'staff', '李娜');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await env?.dropDatabase();
  });

  const post = async (path: string, token: string, body: object) => {
    const res = await api.http().post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body);
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  it('warns of a look-alike firm, files the lead under the firm picked, shows it on the company page and the chain map', async () => {
    const code = creditCode();
    const firm = await post('/companies', staff.token, {
      name: '山西烁科晶体有限公司',
      creditCode: code,
      ownership: 'local_soe',
      tags: ['specialized', 'high_tech'],
    });
    const chain = await post('/chains', api.adminToken, { track: 'semiconductors', name: '碳化硅' });
    let links = chain.links;
    for (const [name, position] of [
      ['衬底', 'upstream'],
      ['外延', 'midstream'],
      ['器件', 'midstream'],
      ['封测', 'downstream'],
    ]) {
      links = (await post(`/chains/${chain.id}/links`, api.adminToken, { name, position })).links;
    }
    const substrate = links.find((l: { name: string }) => l.name === '衬底').id;
    await post('/leads', staff.token, {
      companyId: firm.id,
      projectName: '碳化硅衬底一期',
      track: 'semiconductors',
      plannedInvestmentWan: '200000',
      chainLinkId: substrate,
      chainRole: 'strengthen',
    });

    const { context, page, problems } = await newContext(browser, api.baseUrl);
    await page.goto('/login');
    await signIn(page, staff.email, PASSWORD);
    await page.getByRole('heading', { name: '工作台' }).waitFor();

    await page.getByRole('menuitem', { name: '新建项目' }).click();
    await page.getByRole('heading', { name: '新建项目' }).waitFor();
    await page.getByLabel('企业名称').fill('太原烁科晶体科技');
    const warning = page.getByRole('alert').filter({ hasText: '是否为同一企业？' });
    await warning.waitFor();
    await warning.getByText('是，山西烁科晶体有限公司').waitFor();
    await page.getByLabel('项目名称').fill('碳化硅衬底二期扩产');
    await page.getByLabel('产业赛道').click({ force: true });
    await page.getByRole('option', { name: '先进半导体' }).click();
    await page.getByLabel('计划投资（万元）').fill('150000');
    // The chain link and role: the chosen track's links, the role only once a link is picked.
    await page.getByLabel('项目类型').click({ force: true });
    await page.getByRole('option', { name: '增资扩产' }).click();
    await page.getByLabel('产业链环节').click({ force: true });
    await page.getByRole('option', { name: '碳化硅 · 上游 · 衬底' }).click();
    await page.getByLabel('补链/强链/延链').click({ force: true });
    await page.getByRole('option', { name: '补链' }).click();
    await screenshot(page, 'lead-create-similar-company');

    // Saving before answering asks first; nothing is sent.
    await page.getByRole('button', { name: '创建项目' }).click();
    await page.getByText('请先确认是否为企业库中已有的企业').waitFor();

    await warning.getByText('是，山西烁科晶体有限公司').click();
    await expect(page.getByLabel('企业名称').inputValue()).resolves.toBe('山西烁科晶体有限公司');
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/leads') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: '创建项目' }).click();
    const lead = await (await created).json();
    expect(lead).toMatchObject({
      companyId: firm.id,
      companyName: '山西烁科晶体有限公司',
      creditCode: code,
      projectType: 'expansion',
      chainLinkId: substrate,
      chainRole: 'fill',
    });
    await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: '碳化硅衬底二期扩产' }).waitFor();

    // The lead page links to its company; the company page lists both projects and their totals.
    await page.getByRole('link', { name: '山西烁科晶体有限公司' }).click();
    await page.waitForURL(`**/companies/${firm.id}`);
    await page.getByRole('heading', { name: '山西烁科晶体有限公司' }).waitFor();
    await page.getByRole('link', { name: '碳化硅衬底二期扩产' }).waitFor();
    await page.getByRole('link', { name: '碳化硅衬底一期' }).waitFor();
    await page.getByText('项目（2）').waitFor();
    await page.getByText('35.00亿元').waitFor(); // 200000 + 150000 万元 planned
    await page.getByText('专精特新').waitFor();
    await screenshot(page, 'company-page');

    // The register is edited from its page: 简称 added (the version read is sent), then a contact.
    await page.getByRole('button', { name: '编辑企业' }).click();
    const edit = page.getByRole('dialog', { name: '编辑企业' });
    await edit.getByLabel('简称、曾用名').fill('烁科、烁科晶体');
    await edit.getByRole('button', { name: '保存' }).click();
    await page.getByText('烁科、烁科晶体').waitFor();
    // The contact: the form's own checks beside the fields, then the API's (a bad email) beside 邮箱; a double
    // click on 保存 adds one contact.
    await page.getByRole('button', { name: '添加联系人' }).click();
    const contact = page.getByRole('dialog', { name: '添加联系人' });
    await contact.getByLabel('电话').fill('12345');
    await contact.getByRole('button', { name: '保存' }).click();
    await contact.getByText('请填写姓名').waitFor();
    await contact.getByText('请填写手机号或固定电话（含区号）').waitFor();
    await contact.getByLabel('姓名').fill('李晓明');
    await contact.getByLabel('职务').fill('投资总监');
    await contact.getByLabel('电话').fill('13912345678');
    await contact.getByLabel('邮箱').fill('lixiaoming@');
    await contact.getByRole('button', { name: '保存' }).click();
    const emailItem = contact.locator('.el-form-item').filter({ has: page.getByLabel('邮箱') });
    await emailItem.locator('.el-form-item__error').filter({ hasText: '邮箱' }).waitFor();
    await contact.getByText('请填写姓名').waitFor({ state: 'detached' });
    await contact.getByLabel('邮箱').fill('');
    await contact.getByRole('button', { name: '保存' }).dblclick();
    await dialogCloses(contact);
    await page.getByText('李晓明').waitFor();
    const saved = (
      await api.http().get(`/api/v1/companies/${firm.id}`).set('Authorization', `Bearer ${staff.token}`)
    ).body;
    expect(saved.aliases).toEqual(['烁科', '烁科晶体']);
    expect(saved.contacts).toEqual([
      expect.objectContaining({ name: '李晓明', title: '投资总监', phone: '13912345678' }),
    ]);

    // The chain map: the 碳化硅 chain, 衬底 has a lead in progress, the others are empty; a click lists its leads.
    await page.getByRole('menuitem', { name: '产业链图谱' }).click();
    await page.getByRole('heading', { name: '产业链图谱' }).waitFor();
    await page.getByRole('heading', { name: '碳化硅产业链' }).waitFor();
    await page.getByRole('img', { name: /碳化硅产业链图谱：衬底有在谈项目，外延空白环节/ }).waitFor();
    const row = page.locator('.el-table__row').filter({ hasText: '衬底' });
    await row.getByText('有在谈项目').waitFor();
    await page.locator('.el-table__row').filter({ hasText: '封测' }).getByText('缺链').waitFor();
    await screenshot(page, 'chain-map');
    await row.getByRole('button', { name: '衬底' }).click();
    const drawer = page.getByRole('dialog', { name: '碳化硅 · 衬底' });
    await drawer.getByRole('link', { name: '碳化硅衬底一期' }).waitFor();
    await drawer.getByText('强链').waitFor();
    await screenshot(page, 'chain-link-drawer', false);

    expect(problems).toEqual([]);
    await context.close();
  });
});
