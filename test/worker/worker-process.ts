import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from './wait-for';

const ROOT = join(__dirname, '..', '..');

/** The real worker as its own process (`node -r @swc-node/register apps/worker/src/main.ts`), to kill it for real. */
export class WorkerProcess {
  private child: ChildProcess | null = null;
  private output = '';
  private exited = false;
  /** How the last run ended: its exit code, or the signal that killed it. */
  lastExit: { code: number | null; signal: string | null } | null = null;

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    this.output = '';
    this.exited = false;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.on('exit', (code, signal) => {
      this.exited = true;
      this.lastExit = { code, signal };
    });
    await waitFor(
      () => {
        if (this.exited) throw new Error(`worker exited: ${this.output.slice(-2000)}`);
        return this.output.includes('Luodi worker started');
      },
      'the worker process to start',
      { timeoutMs: 60_000, intervalMs: 200 },
    );
  }

  /** Sends the signal and waits for the process to be gone. */
  async stop(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    child.kill(signal);
    await waitFor(() => this.exited, `the worker to exit on ${signal}`, { timeoutMs: 15_000 });
    this.child = null;
  }

  get log(): string {
    return this.output;
  }
}
