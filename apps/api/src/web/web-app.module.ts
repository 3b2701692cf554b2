import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, AppConfig, parseAcceptLanguage, runWithLanguage, tr } from '@luodi/core';
import { problem } from '../http/problem';
import { cacheControlFor, isClientRoute } from './web-paths';

/**
 * Serves the built web app (apps/web → dist/web) at `/`: hashed files under /assets/ cached for a year as
 * immutable, other files (favicon) revalidated, and `index.html` (never cached) for client routes such as
 * `/leads/:id`, the target of every email link. Never for /api/*, /admin/* or a missing file: those stay the
 * API's problem+json 404. Files are listed once at start (the build comes before the start), and gzip/brotli
 * copies written by the build are sent to clients that accept them.
 */
@Module({})
export class WebAppModule implements OnModuleInit {
  private readonly logger = new Logger('WebApp');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    const root = this.config.webDir;
    const built = existsSync(join(root, 'index.html'));
    if (!built) this.logger.warn(`No web app at ${root} (run npm run build); only the API is served`);
    await fastify.register(async (scope) => {
      if (built) {
        await scope.register(fastifyStatic, {
          root,
          prefix: '/',
          wildcard: false,
          index: false,
          dotfiles: 'ignore',
          preCompressed: true,
          cacheControl: false,
          globIgnore: ['**/*.gz', '**/*.br'],
          setHeaders: (reply, path) => {
            void reply.header('Cache-Control', cacheControlFor(path.slice(root.length)));
          },
        });
      }
      const clientRoute = (request: FastifyRequest, reply: FastifyReply) => {
        if (built && isClientRoute(request.url)) {
          return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
        }
        return this.notFound(request, reply);
      };
      scope.get('/', clientRoute);
      scope.get('/*', clientRoute);
    });
  }

  private notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const doc = runWithLanguage(parseAcceptLanguage(request.headers['accept-language']), () =>
      problem(404, 'NOT_FOUND', tr('请求的资源不存在。', 'The requested resource was not found.')),
    );
    return reply.status(404).type('application/problem+json; charset=utf-8').send(doc);
  }
}
