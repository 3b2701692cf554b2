/**
 * The Node options production starts an app with: whatever `npm run start:<app>` puts between `node` and the entry
 * point (package.json), so the benchmarks measure the process production runs. `BENCH_NODE_FLAGS` replaces them
 * (`BENCH_NODE_FLAGS=` for none), e.g. to measure a flag's effect; bench:api's `--before` server takes
 * `BENCH_BEFORE_NODE_FLAGS` the same way (default: the same flags as the Luodi server).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export function productionNodeFlags(app: 'api' | 'worker'): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const command = scripts[`start:${app}`] ?? '';
  const m = new RegExp(`^node((?:\\s+--\\S+)*)\\s+dist/apps/${app}/main\\.js$`).exec(command.trim());
  if (!m)
    throw new Error(`package.json start:${app} is not "node [--flags] dist/apps/${app}/main.js": ${command}`);
  return m[1].split(/\s+/).filter(Boolean);
}

/** `override` (an environment variable's value) when set, else production's flags. */
export function nodeFlags(app: 'api' | 'worker', override: string | undefined): string[] {
  return override === undefined ? productionNodeFlags(app) : override.split(/\s+/).filter(Boolean);
}
