import { ChildProcess } from 'node:child_process';
import { startAppProcess, until } from '../support/app-process';

/** The real API (apps/api/src/main.ts) as a child process on a free port, to signal and measure. */
export class ApiProcess {
  child!: ChildProcess;
  exit!: Promise<{ code: number | null; signal: string | null }>;
  private output: () => string = () => '';

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    const proc = startAppProcess('api', { ...this.env, PORT: String(this.port) });
    this.child = proc.child;
    this.exit = proc.exit;
    this.output = proc.output;
    await until(
      () => /listening on port/.test(proc.output()) || proc.child.exitCode !== null,
      'the API to listen',
      90_000,
    );
    if (proc.child.exitCode !== null) throw new Error(`API exited: ${proc.output().slice(-2000)}`);
  }

  get log(): string {
    return this.output();
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}/api/v1`;
  }

  async login(email: string, password: string): Promise<string> {
    const res = await fetch(`${this.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  /** Stops it if it still runs (SIGKILL after 15 s). */
  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.exit;
    clearTimeout(timer);
  }
}

export interface Outcome {
  op: string;
  status: number; // 0: no HTTP answer (connection refused or reset)
  error?: string;
  code?: string;
  problemJson?: boolean;
  startedAt: number;
  endedAt: number;
}

/** One JSON call, never throwing: the outcome, and the body when there is one. */
export async function call(
  op: string,
  url: string,
  init: { method?: string; token?: string; body?: unknown },
): Promise<{ outcome: Outcome; body: Record<string, unknown> | null }> {
  const startedAt = Date.now();
  try {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    let body: Record<string, unknown> | null = null;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      body = null;
    }
    return {
      outcome: {
        op,
        status: res.status,
        code: typeof body?.code === 'string' ? body.code : undefined,
        problemJson: type.startsWith('application/problem+json'),
        startedAt,
        endedAt: Date.now(),
      },
      body,
    };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    return {
      outcome: {
        op,
        status: 0,
        error: cause?.code ?? (err as Error).message,
        startedAt,
        endedAt: Date.now(),
      },
      body: null,
    };
  }
}

/** Counts outcomes by status ("503": 12, …) and lists the ones a client should never see. */
export function summarise(outcomes: Outcome[]): {
  total: number;
  byStatus: Record<string, number>;
  wrong: Outcome[];
} {
  const byStatus: Record<string, number> = {};
  for (const o of outcomes) byStatus[String(o.status)] = (byStatus[String(o.status)] ?? 0) + 1;
  // Allowed: success, or a 503 problem document with the UNAVAILABLE code. Never a 500, never another 4xx here.
  const wrong = outcomes.filter(
    (o) =>
      !([200, 201].includes(o.status) || (o.status === 503 && o.problemJson && o.code === 'UNAVAILABLE')),
  );
  return { total: outcomes.length, byStatus, wrong };
}

/** Runs `clients` loops of `step` until `stop()` is called; `step` records its outcomes. */
export function runLoad(
  clients: number,
  step: (client: number) => Promise<void>,
): { stop: () => Promise<void> } {
  let running = true;
  const loops = Array.from({ length: clients }, async (_, i) => {
    while (running) await step(i);
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
