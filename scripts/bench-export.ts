/**
 * `npm run bench:export`: the Excel export's memory at the data size of bench:reports. Loads the generated
 * pipeline (BENCH_LEADS, default 1M) into a scratch database, starts the API in this process, downloads the whole
 * export (every lead, no filter) and, beside it, one track and stage, sampling the process's RSS every 50 ms:
 * prints the time to the first byte, the total time, the bytes and rows' worth of workbook, and the RSS before and
 * at its peak. The streamed export should hold memory flat whatever the size.
 * BENCH_LEADS (1000000), BENCH_KEEP=1 as for bench:reports.
 */
import { loadPipeline } from './bench/pipeline-loader';
import { log, withScratchDatabase } from './bench/scratch-database';
import { addSupervisor, startApiServingWeb } from './bench/web-server';

const LEADS = Number(process.env.BENCH_LEADS ?? 1_000_000);
const EMAIL = 'bench.export@bench.luodi';
const PASSWORD = 'bench-password-2024';
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function download(base: string, token: string, query: string) {
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t = performance.now();
  const res = await fetch(`${base}/api/v1/leads/export.xlsx${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok || !res.body) throw new Error(`export answered ${res.status}`);
  let firstByte = 0;
  let bytes = 0;
  let lastLog = performance.now();
  for await (const chunk of res.body) {
    if (!firstByte) firstByte = performance.now() - t;
    bytes += (chunk as Uint8Array).length;
    if (performance.now() - lastLog > 10_000) {
      log(`  … ${MB(bytes)} so far, RSS ${MB(process.memoryUsage().rss)}`);
      lastLog = performance.now();
    }
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { firstByte, total: performance.now() - t, bytes, rssBefore, peak };
}

async function bench(url: string): Promise<void> {
  await addSupervisor(url, EMAIL, PASSWORD);
  const { app, base } = await startApiServingWeb(url, 'export');
  try {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const results: string[] = [];
    for (const [name, query] of [
      ['one track and stage', '?track=new_energy&stage=signed'],
      ['every lead', ''],
    ] as const) {
      log(`export: ${name}`);
      const r = await download(base, accessToken, query);
      const line =
        `${name}: first byte ${r.firstByte.toFixed(0)} ms, all ${(r.total / 1000).toFixed(1)} s, ${MB(r.bytes)}; ` +
        `API process RSS ${MB(r.rssBefore)} before, peak ${MB(r.peak)} (+${MB(r.peak - r.rssBefore)})`;
      log(line);
      results.push(line);
    }
    log(`summary: ${LEADS.toLocaleString('en')} leads; ${results.join('; ')}`);
  } finally {
    await app.close();
  }
}

withScratchDatabase(async (url) => {
  log(`loading ${LEADS.toLocaleString('en')} leads`);
  await loadPipeline(url, LEADS);
  await bench(url);
}).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
