/**
 * `npm run bench:web`: the web app with a real database behind it. Loads 1M generated leads (the pipeline of
 * bench:reports) into a scratch database, starts the API on a free port serving the built web app, and drives
 * Debian's Chromium to measure:
 * - the 项目库's first page on screen: from navigation to /leads until the first row is visible (a fresh browser
 *   context, so the route's JS and CSS download too; and again with a warm cache), beside the bare API call;
 * - the login page's initial download: JS + CSS, gzip, beside the whole app's JS + CSS (no code splitting).
 * BENCH_LEADS (1000000), BENCH_RUNS (5), BENCH_KEEP=1 as for bench:reports; BENCH_REUSE=luodi_bench_<hex> measures a
 * database kept by an earlier run (BENCH_KEEP=1) instead of loading one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { loadPipeline } from './bench/pipeline-loader';
import { log, withKeptDatabase, withScratchDatabase } from './bench/scratch-database';
import { addSupervisor, ensureWebBuild, median, startApiServingWeb } from './bench/web-server';

const LEADS = Number(process.env.BENCH_LEADS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = join(__dirname, '..');
const EMAIL = 'bench.supervisor@bench.luodi';
const PASSWORD = 'bench-password-2024';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
    ],
  });
}

async function bench(url: string): Promise<void> {
  ensureWebBuild();
  await addSupervisor(url, EMAIL, PASSWORD);
  const { app, base } = await startApiServingWeb(url, 'web');
  const browser = await launch();
  try {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    const { accessToken, expiresIn, user } = (await login.json()) as {
      accessToken: string;
      expiresIn: number;
      user: unknown;
    };
    const session = JSON.stringify({ token: accessToken, expiresAt: Date.now() + expiresIn * 1000, user });

    // Baseline: the API's first page alone (what any page must wait for).
    const apiTimes: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const t = performance.now();
      const res = await fetch(`${base}/api/v1/leads?limit=50`, {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      await res.json();
      if (i > 0) apiTimes.push(performance.now() - t);
    }

    // 项目库 first page on screen, cold (fresh context: no cache) and warm (same context, second visit).
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      await context.addInitScript(`localStorage.setItem('luodi.session', ${JSON.stringify(session)})`);
      const page = await context.newPage();
      for (const into of [cold, warm]) {
        const t = performance.now();
        await page.goto(`${base}/leads`, { waitUntil: 'commit' });
        await page.locator('.lead-row').first().waitFor({ state: 'visible', timeout: 30_000 });
        into.push(performance.now() - t);
        if (process.env.BENCH_TRACE === '1') {
          const trace = await page.evaluate(
            `JSON.stringify(performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]))`,
          );
          log(`trace: ${String(trace)}`);
        }
        await page.goto('about:blank');
      }
      await context.close();
    }

    // Baseline: the login page on screen in a fresh context (the app's code and no data), measured the same way.
    const loginTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
      const p = await ctx.newPage();
      const t = performance.now();
      await p.goto(`${base}/login`, { waitUntil: 'commit' });
      await p.getByRole('button', { name: '登录' }).waitFor({ state: 'visible' });
      loginTimes.push(performance.now() - t);
      await ctx.close();
    }

    // The login page's initial download, JS + CSS, measured as gzip.
    const context = await browser.newContext();
    const page = await context.newPage();
    const assets: { url: string; gzip: number }[] = [];
    page.on('response', (res) => {
      const type = res.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      void res
        .body()
        .then((body) => assets.push({ url: res.url(), gzip: gzipSync(body, { level: 9 }).length }));
    });
    await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: '登录' }).waitFor();
    await context.close();
    const loginGzip = assets.reduce((n, a) => n + a.gzip, 0);
    const assetsDir = join(ROOT, 'dist', 'web', 'assets');
    const everything = readdirSync(assetsDir)
      .filter((f) => /\.(js|css)$/.test(f))
      .reduce((n, f) => n + gzipSync(readFileSync(join(assetsDir, f)), { level: 9 }).length, 0);

    log(
      `${median(apiTimes).toFixed(0).padStart(6)} ms  baseline: GET /api/v1/leads?limit=50 alone (median of ${RUNS})`,
    );
    log(
      `${median(loginTimes).toFixed(0).padStart(6)} ms  baseline: the login page on screen, fresh browser context (median of ${RUNS})`,
    );
    log(
      `${median(cold).toFixed(0).padStart(6)} ms  项目库 first page on screen, fresh browser context (median of ${RUNS}; max ${Math.max(...cold).toFixed(0)} ms)`,
    );
    log(
      `${median(warm).toFixed(0).padStart(6)} ms  项目库 first page on screen, warm cache (median of ${RUNS})`,
    );
    log(`${kb(loginGzip).padStart(9)}  login page initial download, JS + CSS gzip (${assets.length} files)`);
    log(
      `${kb(everything).padStart(9)}  baseline: the whole app's JS + CSS gzip (what one bundle would ship)`,
    );
    const ok = median(cold) < 1000 && loginGzip < 350 * 1024;
    log(
      `summary: ${LEADS.toLocaleString('en')} leads; 项目库 first page ${median(cold).toFixed(0)} ms (goal < 1000), ` +
        `login download ${kb(loginGzip)} gzip (goal < 350 KB): ${ok ? 'both met' : 'NOT MET'}`,
    );
  } finally {
    await browser.close();
    await app.close();
  }
}

(process.env.BENCH_REUSE
  ? withKeptDatabase(process.env.BENCH_REUSE, bench)
  : withScratchDatabase(async (url) => {
      await loadPipeline(url, LEADS);
      await bench(url);
    })
).catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
