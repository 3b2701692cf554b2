import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const TYPES = join(ROOT, 'apps', 'web', 'src', 'api', 'schema.d.ts');

/**
 * The web app is typed from the API's own OpenAPI document: the committed types must be what the code produces.
 * (The generator runs as its own process: openapi-typescript is ESM inside, which Jest on Node 20 cannot load.)
 */
describe('the web app API types', () => {
  const check = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'scripts/generate-api-types.ts', '--check', ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NODE_NO_WARNINGS: '1' },
      },
    );

  it('apps/web/src/api/schema.d.ts is generated from the current OpenAPI document (else: npm run api:types)', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('up to date with the OpenAPI document');
    expect(result.status).toBe(0);
    expect(readFileSync(TYPES, 'utf8')).toContain("'/api/v1/leads/{id}/transitions'");
  });

  it('fails when the committed file differs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luodi-types-'));
    try {
      const stale = join(dir, 'schema.d.ts');
      writeFileSync(
        stale,
        readFileSync(TYPES, 'utf8').replace("'/api/v1/leads/{id}/transitions'", "'/api/v1/gone'"),
      );
      const result = check('--file', stale);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('is stale: run `npm run api:types`');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
