import { Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createAppLogger, parseAcceptLanguage, runWithLanguage } from '@luodi/core';
import { AppModule } from './app.module';
import { ProblemDetailsFilter, toLocalProblem } from './http/problem-details.filter';
import { AppValidationPipe } from './http/validation.pipe';
import { setupOpenApi } from './docs/openapi';
import { registerJsonParser } from './http/json-body';
import { addSecurityHeaders, APP_HELMET_OPTIONS, helmetHeaders } from './http/security-headers';

export const JSON_BODY_LIMIT = 1024 * 1024; // 1 MiB
export const IMPORT_FILE_LIMIT = 20 * 1024 * 1024; // 20 MiB

/**
 * Fastify's options for the API (main.ts and the tests): the JSON body limit, and errors Fastify answers before
 * any hook runs (a path with a bad percent-escape) in the problem shape too.
 */
export function apiAdapterOptions(extra: { trustProxy?: boolean } = {}) {
  const logger = new Logger('ProblemDetails');
  return {
    bodyLimit: JSON_BODY_LIMIT,
    ...extra,
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => {
      const doc = toLocalProblem(error, request, logger);
      void reply
        .status(doc.status)
        .header('Content-Type', 'application/problem+json; charset=utf-8')
        .send(doc);
    },
  };
}

/**
 * Fastify's adapter for the API. configureApiApp installs the problem+json error handler on Fastify's root scope
 * before Nest adds the routes, which keep the handler in force when they are added. Nest's init() then installs a
 * root handler of its own through the adapter, which no route took any more (only the not-found route, where it
 * answered a bad body with a vaguer detail), and Fastify warned at every start that a handler was overridden in
 * the same scope (FSTWRN004). This adapter does not install Nest's, so there is one handler, everywhere.
 */
export class ApiFastifyAdapter extends FastifyAdapter {
  override setErrorHandler(): ReturnType<FastifyAdapter['setErrorHandler']> {
    return this.getInstance();
  }
}

/**
 * Builds the API application (used by main.ts and by the end-to-end tests, so both run the same thing).
 * `module` lets tests add overrides; it defaults to AppModule.
 */
const THIRD_PARTY_UI = /^\/(api\/docs|admin\/queues)(\/|$|\?)/;
const THIRD_PARTY_UI_CSP =
  "default-src 'self';script-src 'self' 'unsafe-inline';style-src 'self' 'unsafe-inline';img-src 'self' data:;" +
  "base-uri 'self';form-action 'self';frame-ancestors 'self';object-src 'none'";

export async function createApiApp(module: Type<unknown> = AppModule): Promise<NestFastifyApplication> {
  const adapter = new ApiFastifyAdapter(
    apiAdapterOptions({ trustProxy: process.env.TRUST_PROXY === 'true' }),
  );
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: createAppLogger('api'),
    bufferLogs: false,
  });
  await configureApiApp(app);
  return app;
}

export async function configureApiApp(app: NestFastifyApplication): Promise<void> {
  // helmet's headers for the app's options, worked out once and set on every answer (see security-headers.ts).
  const securityHeaders = await helmetHeaders(APP_HELMET_OPTIONS);
  addSecurityHeaders(app.getHttpAdapter().getInstance(), securityHeaders);
  // The two third-party operator UIs (Swagger UI, bull-board) ship inline scripts: only they get them.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      if (THIRD_PARTY_UI.test(request.url)) reply.header('content-security-policy', THIRD_PARTY_UI_CSP);
      return payload;
    });
  registerJsonParser(app, JSON_BODY_LIMIT);
  await app.register(multipart, { limits: { fileSize: IMPORT_FILE_LIMIT, files: 1, fields: 10 } });
  app.setGlobalPrefix('api/v1', { exclude: ['api/docs', 'api/docs-json', 'admin/queues'] });
  app.useGlobalPipes(new AppValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  // Errors Fastify raises before Nest routes a request (body too large, malformed JSON) get the same problem
  // shape. Set explicitly: plugins registered by modules (the queues UI) change which handler Fastify keeps.
  // On Fastify itself: an ApiFastifyAdapter does not install the one Nest's init() sets (see above).
  const logger = new Logger('ProblemDetails');
  const fastify = app.getHttpAdapter().getInstance();
  // Each handler runs in its request's language (Accept-Language: en, else Chinese), so `tr()` in services and
  // validators answers in it. preHandler: after the body is parsed, whose stream events would lose the context.
  fastify.addHook('preHandler', (request, _reply, done) => {
    runWithLanguage(parseAcceptLanguage(request.headers['accept-language']), done);
  });
  // API answers carry personal data (names, phones, amounts, tokens): no cache, shared or private, keeps them.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/api/v1/') && !reply.hasHeader('Cache-Control')) {
      void reply.header('Cache-Control', 'no-store');
    }
    done(null, payload);
  });
  fastify.setErrorHandler((error, request, reply) => {
    const doc = toLocalProblem(error, request, logger);
    void reply.status(doc.status).header('Content-Type', 'application/problem+json; charset=utf-8').send(doc);
  });
  setupOpenApi(app);
  // No enableShutdownHooks(): main.ts stops on SIGTERM itself (drain HTTP within SHUTDOWN_GRACE_MS, then close).
}
