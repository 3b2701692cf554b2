import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Locator,
  type Page,
} from 'playwright-core';

/**
 * A browser journey is many page loads and API calls: on a loaded 2-core machine one can take well over a minute,
 * so files that drive the browser get three minutes per test instead of the suite's default one.
 */
jest.setTimeout(180_000);

/** Where the browser tests save screenshots (gitignored); a few are copied to docs/screenshots for the README. */
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');

/** Debian's Chromium, headless, with no network of its own (never a browser download). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The browser's own UI (native date pickers, file inputs) in Chinese, as a bureau's machines have it.
      '--lang=zh-CN',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * A browser context as a bureau's staff member has it: Chinese locale, the zone's time. Every console error or
 * warning and every uncaught page error is collected; tests assert there are none. The browser's own lines for
 * HTTP error statuses the test provokes on purpose (a 400, 409 or 422 the page then explains) are left out.
 */
export async function newContext(
  browser: Browser,
  baseURL: string,
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    deviceScaleFactor: 1,
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
    acceptDownloads: true,
  });
  const problems: string[] = [];
  const page = await context.newPage();
  const watch = (p: Page) => {
    p.on('console', (msg: ConsoleMessage) => {
      if (msg.type() !== 'error' && msg.type() !== 'warning') return;
      if (
        /Failed to load resource: the server responded with a status of (400|401|404|409|422)\b/.test(
          msg.text(),
        )
      ) {
        return;
      }
      problems.push(`${msg.type()}: ${msg.text()}`);
    });
    p.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  };
  watch(page);
  context.on('page', watch);
  return { context, page, problems };
}

/** Saves a screenshot: the whole page, or only the viewport (`fullPage: false`) when a dialog is open over it. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage, animations: 'disabled' });
}

/** Signs in through the login page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** No horizontal scrolling: nothing is cut off at the viewport's width. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

/**
 * Types a date (YYYY-MM-DD) into a DateField (Element Plus's date picker) and commits it with Enter, as a user
 * typing rather than clicking through the calendar does; the picker closes its panel.
 */
export async function fillDate(field: Locator, date: string): Promise<void> {
  await field.fill(date);
  await field.press('Enter');
  // Enter commits the date and closes the calendar; wait until it is closed and the field shows the date, so what
  // the test does next (often a click on the dialog's submit button) meets a settled form even when the machine is
  // busy.
  await field.page().locator('.el-picker__popper:visible').first().waitFor({ state: 'hidden' });
  for (let tries = 0; (await field.inputValue()) !== date; tries++) {
    if (tries === 50) throw new Error(`the date field shows "${await field.inputValue()}", not ${date}`);
    await field.page().waitForTimeout(100);
  }
}

/**
 * Waits for a dialog to close after its submit. When it stays open, the test fails with what the dialog shows (a
 * field's message, the problem the API answered), so a failure on a busy machine says why instead of only timing out.
 */
export async function dialogCloses(dialog: Locator): Promise<void> {
  try {
    await dialog.waitFor({ state: 'hidden' });
  } catch (error) {
    const shown = await dialog.innerText({ timeout: 2_000 }).catch(() => '(not readable)');
    throw new Error(`the dialog stayed open, showing: ${shown.replace(/\s+/g, ' ').slice(0, 800)}`, {
      cause: error,
    });
  }
}
