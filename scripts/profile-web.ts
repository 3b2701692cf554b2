/**
 * `node -r @swc-node/register scripts/profile-web.ts [path]`: where the browser's time goes on one page load.
 * Loads a small generated pipeline (PROFILE_LEADS, 2000) into a scratch database, starts the API serving the built
 * web app, opens `path` (default /leads) signed in, in a fresh context, with Chromium's CPU profiler on (CDP), until
 * the first list row (or PROFILE_SELECTOR) is visible; prints the time to it, the resources with their timings, and
 * the functions and scripts with the most self time. PROFILE_RUNS (3) runs, the profile of the last.
 * PROFILE_OUT=file.cpuprofile keeps the last run's profile. BENCH_REUSE=luodi_bench_<hex> profiles against a kept bench database (e.g. a copy of the 1M one) instead.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { loadPipeline } from './bench/pipeline-loader';
import { log, withKeptDatabase, withScratchDatabase } from './bench/scratch-database';
import { addSupervisor, ensureWebBuild, startApiServingWeb } from './bench/web-server';

const PATH = process.argv[2] ?? '/leads';
const SELECTOR = process.env.PROFILE_SELECTOR ?? '.lead-row';
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const EMAIL = 'profile@bench.luodi';
const PASSWORD = 'bench-password-2024';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function profile(url: string): Promise<void> {
  ensureWebBuild();
  await addSupervisor(url, EMAIL, PASSWORD);
  const { app, base } = await startApiServingWeb(url, 'profile');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=zh-CN'],
  });
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
    for (let run = 1; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
      await context.addInitScript(`localStorage.setItem('luodi.session', ${JSON.stringify(session)})`);
      // In the page: when the first matching element enters the DOM, and the next frame after it (painted).
      await context.addInitScript(`(() => {
        const mark = {};
        window.__profileMarks = mark;
        new MutationObserver((_, obs) => {
          if (mark.inDom || !document.querySelector(${JSON.stringify(SELECTOR)})) return;
          mark.inDom = Math.round(performance.now());
          requestAnimationFrame(() => setTimeout(() => { mark.painted = Math.round(performance.now()); }, 0));
          obs.disconnect();
        }).observe(document, { childList: true, subtree: true });
      })()`);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      const t = performance.now();
      await page.goto(`${base}${PATH}`, { waitUntil: 'commit' });
      await page.locator(SELECTOR).first().waitFor({ state: 'visible', timeout: 30_000 });
      const ms = performance.now() - t;
      const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as {
        profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
      };
      const timing = JSON.parse(
        await page.evaluate<string>(
          `JSON.stringify({ resources: performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop().slice(0, 60), Math.round(e.startTime), Math.round(e.responseEnd)]), now: Math.round(performance.now()), nav: performance.getEntriesByType('navigation').map((e) => ({ requestStart: Math.round(e.requestStart), responseEnd: Math.round(e.responseEnd), domInteractive: Math.round(e.domInteractive) }))[0], marks: window.__profileMarks })`,
        ),
      ) as { resources: [string, number, number][]; now: number; nav: unknown; marks: unknown };
      log(
        `run ${run}: ${PATH} until ${SELECTOR} visible: ${ms.toFixed(0)} ms; page clock ${timing.now} ms; ` +
          `navigation ${JSON.stringify(timing.nav)}; first ${SELECTOR} ${JSON.stringify(timing.marks)}`,
      );
      if (run === RUNS) {
        if (process.env.PROFILE_OUT) {
          writeFileSync(process.env.PROFILE_OUT, JSON.stringify(p));
          log(`CPU profile written to ${process.env.PROFILE_OUT} (open it in Chromium's DevTools)`);
        }
        const lastEnd = Math.max(...timing.resources.map((r) => r[2]));
        log(`resources: ${timing.resources.length}, the last one done at ${lastEnd} ms`);
        for (const [name, start, end] of timing.resources)
          log(`  ${String(start).padStart(5)}–${end} ms  ${name}`);
        const self = new Map<number, number>();
        p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
        const byFn = new Map<string, number>();
        const byScript = new Map<string, number>();
        for (const n of p.nodes) {
          const ms2 = self.get(n.id) ?? 0;
          const script = n.callFrame.url.split('/').pop() || `(${n.callFrame.functionName || 'native'})`;
          const fn = `${n.callFrame.functionName || '(anonymous)'} ${script}:${n.callFrame.lineNumber + 1}`;
          byFn.set(fn, (byFn.get(fn) ?? 0) + ms2);
          byScript.set(script, (byScript.get(script) ?? 0) + ms2);
        }
        const top = (m: Map<string, number>, k: number) =>
          [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
        log('self time by script:');
        for (const [s, v] of top(byScript, 15)) log(`  ${v.toFixed(0).padStart(6)} ms  ${s}`);
        log('self time by function:');
        for (const [s, v] of top(byFn, 25)) log(`  ${v.toFixed(0).padStart(6)} ms  ${s}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

(process.env.BENCH_REUSE
  ? withKeptDatabase(process.env.BENCH_REUSE, profile)
  : withScratchDatabase(async (url) => {
      await loadPipeline(url, Number(process.env.PROFILE_LEADS ?? 2000));
      await profile(url);
    })
).catch((err: unknown) => {
  process.stderr.write(`profile failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
