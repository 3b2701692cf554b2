// `npm run api:types`: regenerates apps/web/src/api/schema.d.ts from the OpenAPI document the API's code produces.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { API_TYPES_FILE, apiDocument, apiTypesSource } from './web/api-types';

async function main(): Promise<void> {
  const document = await apiDocument();
  const source = await apiTypesSource(document);
  let before = '';
  try {
    before = readFileSync(API_TYPES_FILE, 'utf8');
  } catch {
    // first generation
  }
  writeFileSync(API_TYPES_FILE, source);
  const paths = Object.keys(document.paths ?? {}).length;
  const file = relative(process.cwd(), API_TYPES_FILE);
  console.log(`${file}: ${paths} paths, ${before === source ? 'unchanged' : 'updated'}`);
}

main().catch((err: unknown) => {
  console.error('api:types failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
