import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'node_modules', '.bin');

/** One finding of a linter, in a shape both share. */
export interface LintFinding {
  linter: 'spectral' | 'redocly';
  severity: 'error' | 'warning' | 'info' | 'hint';
  rule: string;
  message: string;
  at: string;
}

/** Offline, no telemetry, no update checks, no banners: the tests run without a network. */
const QUIET_ENV = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
  SCARF_ANALYTICS: 'false',
  DO_NOT_TRACK: '1',
  NO_UPDATE_NOTIFIER: '1',
  CI: 'true',
};

/**
 * Lints an OpenAPI document with the repository's rulesets (.spectral.yaml: Spectral's `oas`; redocly.yaml:
 * Redocly's `recommended`, with .redocly.lint-ignore.yaml), running both CLIs from node_modules.
 */
export async function lintOpenApi(document: unknown): Promise<LintFinding[]> {
  const dir = await mkdtemp(join(tmpdir(), 'luodi-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document, null, 2));
    // Redocly reads its ignore file beside its config, with paths relative to it: both go next to the document.
    for (const name of ['redocly.yaml', '.redocly.lint-ignore.yaml']) {
      await copyFile(join(ROOT, name), join(dir, name));
    }
    const [spectral, redocly] = await Promise.all([runSpectral(file), runRedocly(file, dir)]);
    return [...spectral, ...redocly];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function output(command: string, args: string[], cwd: string): Promise<string> {
  try {
    return (await run(join(BIN, command), args, { cwd, env: QUIET_ENV, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (err) {
    // Both exit non-zero when they find errors; their report is still on stdout.
    const { stdout, stderr } = err as { stdout?: string; stderr?: string };
    if (stdout?.trim()) return stdout;
    throw new Error(`${command} failed: ${stderr ?? String(err)}`, { cause: err });
  }
}

const SPECTRAL_SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

async function runSpectral(file: string): Promise<LintFinding[]> {
  const out = await output(
    'spectral',
    ['lint', file, '--ruleset', join(ROOT, '.spectral.yaml'), '--format', 'json', '--quiet'],
    ROOT,
  );
  const results = JSON.parse(out.slice(out.indexOf('['))) as {
    code: string;
    message: string;
    severity: number;
    path: string[];
  }[];
  return results.map((r) => ({
    linter: 'spectral',
    severity: SPECTRAL_SEVERITY[r.severity] ?? 'error',
    rule: r.code,
    message: r.message,
    at: r.path.join('.'),
  }));
}

async function runRedocly(file: string, dir: string): Promise<LintFinding[]> {
  const out = await output(
    'redocly',
    ['lint', file, '--config', join(dir, 'redocly.yaml'), '--format', 'json'],
    dir,
  );
  const report = JSON.parse(out.slice(out.indexOf('{'))) as {
    problems: {
      ruleId: string;
      severity: 'error' | 'warn';
      message: string;
      ignored?: boolean;
      location: { pointer: string }[];
    }[];
  };
  return report.problems
    .filter((p) => !p.ignored)
    .map((p) => ({
      linter: 'redocly',
      severity: p.severity === 'warn' ? 'warning' : 'error',
      rule: p.ruleId,
      message: p.message,
      at: p.location[0]?.pointer ?? '',
    }));
}
