import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { productionNodeFlags } from '../../scripts/bench/node-flags';

/**
 * Production starts both apps with the same Node options everywhere (package.json's start scripts, which the
 * benchmarks run, the image's CMD and docker-compose's commands), and those options bound the heap (why:
 * docs/benchmarks.md, "Memory").
 */
const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The Node options of each `["node", ..., "dist/apps/<app>/main.js"]` exec-form command in `text`. */
function execFormFlags(text: string, app: 'api' | 'worker'): string[][] {
  const found: string[][] = [];
  const re = new RegExp(
    `\\[\\s*"node"((?:\\s*,\\s*"--[^"]+")*)\\s*,\\s*"dist/apps/${app}/main\\.js"\\s*\\]`,
    'g',
  );
  for (const m of text.matchAll(re)) found.push([...m[1].matchAll(/"(--[^"]+)"/g)].map((f) => f[1]));
  return found;
}

describe('production start commands', () => {
  it.each(['api', 'worker'] as const)('%s: the same flags in package.json, docker-compose.yml', (app) => {
    const flags = productionNodeFlags(app);
    expect(flags).toEqual(expect.arrayContaining([expect.stringMatching(/^--max-old-space-size=\d+$/)]));
    const compose = execFormFlags(read('docker-compose.yml'), app);
    expect(compose).toHaveLength(1);
    expect(compose[0]).toEqual(flags);
  });

  it("the image's CMD starts the API with the same flags", () => {
    expect(execFormFlags(read('docker/Dockerfile'), 'api')).toEqual([productionNodeFlags('api')]);
  });

  it('the flags bound the V8 heap (by default about 4 GB on a machine with 16 GB or more)', () => {
    const limit = (flags: string[]) => {
      const r = spawnSync(
        process.execPath,
        [...flags, '-p', "require('v8').getHeapStatistics().heap_size_limit"],
        { encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      return Number(r.stdout.trim()) / 1024 / 1024;
    };
    expect(limit(productionNodeFlags('api'))).toBeLessThan(1024);
    expect(limit(productionNodeFlags('worker'))).toBeLessThan(1024);
  });
});
