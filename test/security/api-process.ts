import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { startAppProcess, until } from '../support/app-process';
import { TestEnv } from '../support/harness';
import { TEST_REDIS_URL } from '../support/test-env';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  base: string;
  pid: number;
  token: string;
  /** Resident memory of the API process now, in MiB (from /proc). */
  rssMiB: () => number;
  output: () => string;
  stop: () => Promise<void>;
}

/** The API's real entry point as its own process, so its memory can be measured on its own. */
export async function startApiProcess(env: TestEnv): Promise<ApiProcess> {
  const port = await freePort();
  const proc = startAppProcess('api', {
    DATABASE_URL: env.config.databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: env.config.queuePrefix,
    ADMIN_EMAIL: env.config.adminEmail,
    ADMIN_PASSWORD: env.config.adminPassword,
    PORT: String(port),
    MIGRATE_ON_START: 'false',
    ...(process.env.API_NODE_OPTIONS ? { NODE_OPTIONS: process.env.API_NODE_OPTIONS } : {}),
  });
  await until(
    () => /listening on port/.test(proc.output()) || proc.child.exitCode !== null,
    'the API to listen',
  );
  if (proc.child.exitCode !== null) throw new Error(`the API did not start:\n${proc.output()}`);
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: env.config.adminEmail, password: env.config.adminPassword }),
  });
  const token = ((await login.json()) as { accessToken: string }).accessToken;
  const pid = proc.child.pid!;
  return {
    base,
    pid,
    token,
    rssMiB: () => {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Number(kb) / 1024;
    },
    output: proc.output,
    stop: async () => {
      proc.child.kill('SIGTERM');
      await proc.exit;
    },
  };
}

export interface Watch {
  /** Highest RSS seen, MiB. */
  peakRssMiB: number;
  /** Slowest /health answer, ms, how many were asked and how many did not answer 200. */
  slowestHealthMs: number;
  healthChecks: number;
  healthFailures: number;
}

/**
 * Asks /health one request at a time from a process of its own (so this test process's own work cannot
 * delay the answers) until told to stop, then reports how many it asked, how many failed and the slowest.
 */
const PROBE = `
let stop = false, checks = 0, failures = 0, slowest = 0;
process.on('message', () => { stop = true; });
(async () => {
  // One request first, so the client's own start-up is not counted.
  await fetch(process.argv[1]).then((r) => r.arrayBuffer()).catch(() => undefined);
  process.send('ready');
  while (!stop) {
    const started = Date.now();
    try {
      const res = await fetch(process.argv[1], { signal: AbortSignal.timeout(10000) });
      await res.arrayBuffer();
      if (res.status !== 200) failures++;
    } catch { failures++; }
    slowest = Math.max(slowest, Date.now() - started);
    checks++;
    await new Promise((r) => setTimeout(r, 20));
  }
  process.send({ checks, failures, slowest }, () => process.exit(0));
})();
`;

/** Runs `work` while sampling the API's RSS every 25 ms and probing /health from another process. */
export async function watch<T>(api: ApiProcess, work: () => Promise<T>): Promise<[T, Watch]> {
  const seen: Watch = { peakRssMiB: api.rssMiB(), slowestHealthMs: 0, healthChecks: 0, healthFailures: 0 };
  const probe = spawn(process.execPath, ['-e', PROBE, `${api.base}/api/v1/health`], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve) => probe.once('message', () => resolve()));
  const sampler = setInterval(() => {
    seen.peakRssMiB = Math.max(seen.peakRssMiB, api.rssMiB());
  }, 25);
  try {
    const result = await work();
    return [result, seen];
  } finally {
    clearInterval(sampler);
    seen.peakRssMiB = Math.max(seen.peakRssMiB, api.rssMiB());
    const report = new Promise<{ checks: number; failures: number; slowest: number }>((resolve) =>
      probe.on('message', (m) => {
        if (typeof m === 'object') resolve(m as { checks: number; failures: number; slowest: number });
      }),
    );
    probe.send('stop');
    const r = await report;
    seen.healthChecks = r.checks;
    seen.healthFailures = r.failures;
    seen.slowestHealthMs = r.slowest;
  }
}
