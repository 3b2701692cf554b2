import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../worker/wait-for';

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

function pgBin(name: string): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', name)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error(`PostgreSQL's ${name} is not installed under ${root}`);
  return join(root, versions[0], 'bin', name);
}

/**
 * A PostgreSQL cluster of the test's own (initdb + pg_ctl from the installed binaries) on a free port in a temp
 * folder, to stop, crash and restart without touching the shared server. PostgreSQL refuses to run as root: as
 * root, every command runs as the `postgres` system user (the PostgreSQL package creates it), who owns the folder.
 */
export class PrivatePostgres {
  port = 0;
  private dir = '';

  private run(args: string[], timeoutMs = 30_000): string {
    const asRoot = process.getuid?.() === 0;
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0], args.slice(1)];
    return execFileSync(cmd, argv, {
      encoding: 'utf8',
      timeout: timeoutMs,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  async start(): Promise<void> {
    this.port = await freePort();
    this.dir = mkdtempSync(join(tmpdir(), 'luodi-fault-pg-'));
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(this.dir, uid, gid);
    }
    this.run([pgBin('initdb'), '-D', this.data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    await this.up();
  }

  private get data(): string {
    return join(this.dir, 'data');
  }

  /** Starts the cluster (again) on the same port and waits until it accepts connections. */
  async up(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    this.run([pgBin('pg_ctl'), '-D', this.data, '-l', join(this.dir, 'log'), '-o', options, '-w', 'start']);
    await waitFor(
      () => spawnSync(pgBin('pg_isready'), ['-h', '127.0.0.1', '-p', String(this.port)]).status === 0,
      'the private PostgreSQL to accept connections',
    );
  }

  /** `immediate` is a crash (no checkpoint, every connection cut); `fast` a clean stop. */
  down(mode: 'immediate' | 'fast' = 'immediate'): void {
    this.run([pgBin('pg_ctl'), '-D', this.data, '-m', mode, '-w', 'stop']);
  }

  url(database = 'luodi'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async stop(): Promise<void> {
    if (!this.dir) return;
    try {
      this.down('immediate');
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
    this.dir = '';
  }
}

/** A redis-server of the test's own on a free port, without persistence: a restart comes back empty. */
export class PrivateRedis {
  port = 0;
  private dir = '';

  async start(): Promise<void> {
    this.port = await freePort();
    this.dir = mkdtempSync(join(tmpdir(), 'luodi-fault-redis-'));
    await this.up();
  }

  private get pidFile(): string {
    return join(this.dir, 'redis.pid');
  }

  async up(): Promise<void> {
    execFileSync('redis-server', [
      '--port',
      String(this.port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'yes',
      '--pidfile',
      this.pidFile,
      '--dir',
      this.dir,
      '--logfile',
      join(this.dir, 'log'),
    ]);
    await waitFor(
      () =>
        spawnSync('redis-cli', ['-p', String(this.port), 'ping'], { encoding: 'utf8' }).stdout.includes(
          'PONG',
        ),
      'the private Redis to answer',
    );
  }

  /** Kills the server (SIGKILL: no goodbye to the clients) and waits until it is gone. */
  async down(): Promise<void> {
    const pid = Number(readFileSync(this.pidFile, 'utf8').trim());
    process.kill(pid, 'SIGKILL');
    await waitFor(() => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    }, 'redis-server to exit');
    rmSync(this.pidFile, { force: true });
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    if (!this.dir) return;
    if (existsSync(this.pidFile)) await this.down().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
    this.dir = '';
  }
}
