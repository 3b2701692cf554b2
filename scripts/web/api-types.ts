import { join } from 'node:path';
import openapiTS, { astToString, OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { offlineOpenApiDocument } from '../openapi';

/** The committed TypeScript types of the API, which the web app's client is typed with. */
export const API_TYPES_FILE = join(__dirname, '..', '..', 'apps', 'web', 'src', 'api', 'schema.d.ts');

const HEADER = `/**
 * The API's types, generated from the OpenAPI document the API's code produces (GET /api/docs-json).
 * Do not edit: run \`npm run api:types\`. A test fails when this file is stale.
 */
`;

/** The API's OpenAPI document, exactly as the running API serves it at /api/docs-json (no database needed). */
export async function apiDocument(): Promise<OpenAPI3> {
  return (await offlineOpenApiDocument()) as unknown as OpenAPI3;
}

/** The text of schema.d.ts for a document: openapi-typescript's output, formatted with the repo's Prettier. */
export async function apiTypesSource(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { alphabetize: true, exportType: true });
  const options = (await resolveConfig(API_TYPES_FILE)) ?? {};
  return format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}
