import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import openapiTS, { astToString, OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApiApp } from '../../apps/api/src/app.factory';

/** The committed TypeScript types of the API, which the web app's client is typed with. */
export const API_TYPES_FILE = join(__dirname, '..', '..', 'apps', 'web', 'src', 'api', 'schema.d.ts');

const HEADER = `/**
 * The API's types, generated from the OpenAPI document the API's code produces (GET /api/docs-json).
 * Do not edit: run \`npm run api:types\`. A test fails when this file is stale.
 */
`;

/**
 * The API's OpenAPI document, as the running API serves it at /api/docs-json. The application is built in
 * Nest's preview mode (controllers and DTOs, no providers): no database or Redis is needed.
 */
export async function apiDocument(): Promise<OpenAPI3> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    await configureApiApp(app);
    await app.init();
    const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/docs-json' });
    if (res.statusCode !== 200) throw new Error(`GET /api/docs-json answered ${res.statusCode}`);
    return JSON.parse(res.body) as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** The text of schema.d.ts for a document: openapi-typescript's output, formatted with the repo's Prettier. */
export async function apiTypesSource(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { alphabetize: true, exportType: true });
  const options = (await resolveConfig(API_TYPES_FILE)) ?? {};
  return format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}
