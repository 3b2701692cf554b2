/**
 * `npm run openapi [-- out.json]`: writes the OpenAPI document the API publishes at /api/docs-json, without
 * starting it (no database, Redis or port: Nest's preview mode builds the routes without running providers).
 * For generating client types (openapi-typescript) and for linting offline. Default output: dist/openapi.json.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../apps/api/src/app.module';
import { buildOpenApiDocument } from '../apps/api/src/docs/openapi';

/** The document the API serves at /api/docs-json, built offline (a test checks the two are equal). */
export async function offlineOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  try {
    app.setGlobalPrefix('api/v1');
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? 'dist/openapi.json');
  const document = await offlineOpenApiDocument();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  console.log(
    `openapi: ${operations} operations, ${Object.keys(document.components?.schemas ?? {}).length} schemas → ${out}`,
  );
}

if (require.main === module)
  main().catch((err: unknown) => {
    console.error('openapi: failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  });
