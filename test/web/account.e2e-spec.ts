import type { Browser } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createTestEnv, createUser, TestEnv } from '../support/harness';
import { launchBrowser, newContext, screenshot, signIn, dialogCloses } from './browser';
import { ServedApi, startServedApi } from './web-harness';

/**
 * The user menu's 修改密码 and 退出登录, an admin's 重置密码 and the last-admin message, and 新建用户 (rules beside the
 * fields, the API's problem in the alert and beside its field, a double click creating one user), in the browser.
 */
describe('browser: passwords and signing out', () => {
  let env: TestEnv;
  let api: ServedApi;
  let browser: Browser;
  let staff: { id: string; email: string; token: string };

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startServedApi(env);
    staff = await createUser(api, 'staff', '赵敏');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await env?.dropDatabase();
  });

  it('changes their password (a wrong current one explained beside the field), signs out, signs in with the new one', async () => {
    const { context, page, problems } = await newContext(browser, api.baseUrl);
    await page.goto('/login');
    await signIn(page, staff.email, 'password-0123456789');
    await page.getByRole('heading', { name: '工作台' }).waitFor();

    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    const dialog = page.getByRole('dialog', { name: '修改密码' });
    await dialog.getByLabel('当前密码').fill('not-my-password');
    await dialog.getByLabel('新密码', { exact: true }).fill('Fenhe-2025-autumn');
    await dialog.getByLabel('确认新密码').fill('Fenhe-2025-autumn');
    await dialog.getByRole('button', { name: '修改密码' }).click();
    const current = dialog.locator('.el-form-item').filter({ has: page.getByLabel('当前密码') });
    await current.locator('.el-form-item__error').filter({ hasText: '当前密码不正确' }).waitFor();
    await screenshot(page, 'change-password-wrong-current', false);

    await dialog.getByLabel('当前密码').fill('password-0123456789');
    await dialog.getByRole('button', { name: '修改密码' }).click();
    await dialogCloses(dialog);
    await page.getByText('密码已修改').waitFor();
    // Still signed in (with a fresh token), and the old token is dead on the server.
    await page.getByRole('menuitem', { name: '项目库' }).click();
    await page.getByRole('heading', { name: '项目库' }).waitFor();
    const old = await api.http().get('/api/v1/users/me').set('Authorization', `Bearer ${staff.token}`);
    expect(old.status).toBe(401);

    const token = await page.evaluate<string>(
      "JSON.parse(localStorage.getItem('luodi.session') ?? '{}').token",
    );
    // The user menu by keyboard: it opens on the first item, arrows move round, Escape closes onto the button;
    // a click beside it closes it too.
    const menuButton = page.getByRole('button', { name: '用户菜单' });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    const focused = () => page.evaluate<string>('document.activeElement?.textContent?.trim() ?? ""');
    expect(await focused()).toBe('修改密码');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('退出登录');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('修改密码');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('退出登录');
    await page.keyboard.press('Escape');
    await page.getByRole('menu', { name: '用户菜单' }).waitFor({ state: 'detached' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate<string | null>('document.activeElement?.getAttribute("aria-label")')).toBe(
      '用户菜单',
    );
    await menuButton.click();
    await page.getByRole('heading', { name: '项目库' }).click();
    await page.getByRole('menu', { name: '用户菜单' }).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    const after = await api.http().get('/api/v1/users/me').set('Authorization', `Bearer ${token}`);
    expect(after.status).toBe(401);

    await signIn(page, staff.email, 'Fenhe-2025-autumn');
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("an admin resets a user's password, and is told why the last admin cannot be deactivated", async () => {
    const { context, page, problems } = await newContext(browser, api.baseUrl);
    await page.goto('/system/users');
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('cell', { name: '赵敏', exact: true }).waitFor();

    await page.getByRole('button', { name: '重置赵敏的密码' }).click();
    const dialog = page.getByRole('dialog', { name: '重置密码：赵敏' });
    await dialog.getByLabel('新密码', { exact: true }).fill('1234567890');
    await dialog.getByLabel('确认新密码').fill('1234567890');
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await dialog.getByText('该密码过于常见，容易被猜中，请换一个').waitFor();
    await dialog.getByLabel('新密码', { exact: true }).fill('Taihang-2026-winter');
    await dialog.getByLabel('确认新密码').fill('Taihang-2026-winter');
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await dialogCloses(dialog);
    await page.getByText('已重置 赵敏 的密码').waitFor();
    expect((await api.login(staff.email, 'Taihang-2026-winter')).length).toBeGreaterThan(0);

    await page
      .locator('.el-switch')
      .filter({ has: page.getByRole('switch', { name: '系统管理员：已启用' }) })
      .click();
    await page.getByText('这是最后一位启用的管理员，不能停用或改为其他角色').waitFor();
    await screenshot(page, 'admin-last-admin', false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an admin creates a user: rules beside the fields, a taken email explained, a double click creates one', async () => {
    const { context, page, problems } = await newContext(browser, api.baseUrl);
    await page.goto('/system/users');
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('cell', { name: '赵敏', exact: true }).waitFor();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/users') posts.push(r.url());
    });

    // The form's rules, beside the fields; nothing is sent.
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByRole('button', { name: '创建' }).click();
    await dialog.getByText('请填写姓名').waitFor();
    await dialog.getByText('初始密码至少 10 位').waitFor();
    expect(posts).toHaveLength(0);

    // An email already taken: the API's detail in the alert and its field error beside 邮箱; the dialog stays open.
    await dialog.getByLabel('邮箱').fill(staff.email);
    await dialog.getByLabel('姓名').fill('钱进');
    await dialog.getByLabel('初始密码').fill('Jinci-2026-spring');
    await dialog.getByRole('button', { name: '创建' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: `邮箱 ${staff.email} 已有用户使用` })
      .waitFor();
    const email = dialog.locator('.el-form-item').filter({ has: page.getByLabel('邮箱') });
    await email.locator('.el-form-item__error').filter({ hasText: '该邮箱已被使用' }).waitFor();
    await screenshot(page, 'create-user-taken-email', false);

    // A double click on 创建 sends once: one user, the dialog closed, the list shows them.
    await dialog.getByLabel('邮箱').fill('qian.jin@luodi.test');
    await dialog.getByRole('button', { name: '创建' }).dblclick();
    await dialogCloses(dialog);
    await page.getByText('用户已创建').waitFor();
    await page.getByRole('cell', { name: '钱进', exact: true }).waitFor();
    expect(posts).toHaveLength(2);
    const list = await api
      .http()
      .get('/api/v1/users?limit=100')
      .set('Authorization', `Bearer ${api.adminToken}`);
    expect(list.body.items.filter((u: { name: string }) => u.name === '钱进')).toHaveLength(1);

    // Opened again, the form is empty and the last problem is gone.
    await page.getByRole('button', { name: '新建用户' }).click();
    await dialog.waitFor();
    await expect(dialog.getByLabel('邮箱').inputValue()).resolves.toBe('');
    await expect(dialog.getByRole('alert').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
