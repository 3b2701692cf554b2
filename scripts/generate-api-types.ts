// `npm run api:types`: regenerates apps/web/src/api/schema.d.ts from the OpenAPI document the API's code produces.
// `npm run api:types -- --check [--file PATH]`: writes nothing; exits 1 when the committed file (or PATH) is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { API_TYPES_FILE, apiDocument, apiTypesSource } from './web/api-types';

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const fileArg = process.argv.indexOf('--file');
  const target = fileArg > 0 ? process.argv[fileArg + 1] : API_TYPES_FILE;
  const document = await apiDocument();
  const source = await apiTypesSource(document);
  let before = '';
  try {
    before = readFileSync(target, 'utf8');
  } catch {
    // first generation
  }
  const file = relative(process.cwd(), target);
  const paths = Object.keys(document.paths ?? {}).length;
  if (check) {
    if (before !== source) {
      console.error(`${file} is stale: run \`npm run api:types\` and commit the result`);
      process.exit(1);
    }
    console.log(`${file}: up to date with the OpenAPI document (${paths} paths)`);
    return;
  }
  writeFileSync(target, source);
  console.log(`${file}: ${paths} paths, ${before === source ? 'unchanged' : 'updated'}`);
}

main().catch((err: unknown) => {
  console.error('api:types failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
