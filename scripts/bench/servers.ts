/**
 * The servers bench:api drives, each its own process on a free port: the compiled Luodi API in production mode
 * and the two baselines in bench/. Peak RSS is the kernel's high-water mark (VmHWM) of each process.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { nodeFlags } from './node-flags';

const ROOT = join(__dirname, '..', '..');

export interface Server {
  name: string;
  /** Where its routes start (`http://127.0.0.1:PORT/api/v1`); `origin` and `prefix` are the two parts. */
  base: string;
  origin: string;
  prefix: string;
  /** A cheap path (from the origin) that answers once the server is up. */
  probe: string;
  child: ChildProcess;
  /** Set when the process ended before we stopped it (a crash). */
  exited: string | null;
  stderrTail: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * Waits (at most 60 s) until the server answers its probe within 200 ms: work left over from the previous run
 * (requests whose client already gave up, e.g. slow reports) must not be billed to the next one.
 */
export async function waitIdle(server: Server): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const t = performance.now();
    try {
      await fetch(`${server.origin}${server.probe}`, { signal: AbortSignal.timeout(10_000) });
      if (performance.now() - t < 200) return;
    } catch {
      // still busy
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function waitReady(server: Server, probe: string): Promise<void> {
  // Generous: a start is not what is measured, and on a busy machine Nest's start alone can take a minute.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exited)
      throw new Error(`${server.name} exited at start (${server.exited}): ${server.stderrTail}`);
    try {
      await fetch(`${server.origin}${probe}`, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${server.name} did not answer within 180 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function start(
  name: string,
  args: string[],
  env: Record<string, string>,
  probe: string,
  prefix = '',
): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const server: Server = {
    name,
    base: `${origin}${prefix}`,
    origin,
    prefix,
    probe,
    child,
    exited: null,
    stderrTail: '',
  };
  child.stderr?.on('data', (d: Buffer) => {
    server.stderrTail = (server.stderrTail + d.toString()).slice(-2000);
  });
  child.once('exit', (code, signal) => {
    server.exited = `code ${code ?? '-'}, signal ${signal ?? '-'}`;
  });
  await waitReady(server, probe);
  return server;
}

/**
 * The compiled API (`dist/apps/api/main.js`, or another build's `dist`) in production mode against `databaseUrl`;
 * with BENCH_CPU_PROF=<dir> it writes a CPU profile there when stopped.
 */
export function startLuodi(
  databaseUrl: string,
  adminPassword: string,
  name = 'luodi',
  dist = join(ROOT, 'dist'),
): Promise<Server> {
  const dir = process.env.BENCH_CPU_PROF;
  const profile = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
  // Production's Node options (package.json start:api); the `before` server may take others (see node-flags.ts).
  const env = name === 'before' ? process.env.BENCH_BEFORE_NODE_FLAGS : undefined;
  const flags = nodeFlags('api', env ?? process.env.BENCH_NODE_FLAGS);
  return start(
    name,
    [...flags, ...profile, join(dist, 'apps', 'api', 'main.js')],
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      MIGRATE_ON_START: 'false',
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_PASSWORD: adminPassword,
      QUEUE_PREFIX: `luodi-bench-api-${process.pid}`,
    },
    '/api/v1/health',
    '/api/v1',
  );
}

/** A baseline from bench/ (TypeScript through @swc-node/register, compiled once at load). */
export function startBaseline(name: string, file: string, databaseUrl: string): Promise<Server> {
  return start(
    name,
    ['-r', '@swc-node/register', join(ROOT, 'bench', file)],
    { NODE_ENV: 'production', DATABASE_URL: databaseUrl },
    '/leads/00000000-0000-4000-8000-000000000000',
  );
}

/** The process's CPU time so far (user + system) in ms, or null once it is gone. */
export function cpuMs(server: Server): number | null {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses, in clock ticks (100/s).
    const stat = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Peak resident set size in MB (VmHWM), or null once the process is gone. */
export function peakRssMb(server: Server): number | null {
  try {
    const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export async function stop(server: Server): Promise<void> {
  if (server.exited) return;
  const ended = new Promise<void>((r) => server.child.once('exit', () => r()));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await ended;
  clearTimeout(timer);
}

/** The supervisor the API benchmarks (bench:api, profile-api) create in their database and sign in as. */
export const BENCH_EMAIL = 'bench.supervisor@bench.luodi';
export const BENCH_PASSWORD = 'bench-password-2024';

/** A token for the benchmarks' supervisor on `server`. */
export async function login(server: Server): Promise<string> {
  const res = await fetch(`${server.base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}
