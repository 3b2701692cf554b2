import { Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { ModuleRef } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, AppConfig, parseAcceptLanguage, runWithLanguage, tr } from '@luodi/core';
import { ALL_QUEUES } from '@luodi/queues';
import { UsersModule, UsersService } from '@luodi/users';
import { TokenService } from '../auth/token.service';
import { QUEUES_UI_PATH, queuesUiTokenFrom } from '../auth/queues-ui-cookie';
import { signedInUser } from '../auth/auth.guard';
import { problem, ProblemDocument } from '../http/problem';

export const QUEUES_BOARD_PATH = QUEUES_UI_PATH;

/**
 * bull-board (the BullMQ web UI) at `/admin/queues`, for admins only. Its routes are a Fastify plugin outside
 * Nest's router, so the global guard does not see them: an `onRequest` hook in the plugin's own scope checks
 * the bearer token (or the admin's queues-UI cookie, see auth/queues-ui-cookie.ts) and the admin role the same
 * way, and answers 401/403 with a problem document. A state-changing request (not GET/HEAD) whose `Origin` is not
 * this server's or APP_BASE_URL's is refused with 403 before anything else. bull-board's errors (Redis down: its
 * ioredis message) never reach the client: a problem document, 503 UNAVAILABLE, takes their place.
 */
@Module({ imports: [UsersModule] })
export class QueuesBoardModule implements OnModuleInit {
  private readonly logger = new Logger('QueuesBoard');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async onModuleInit(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    const serverAdapter = new FastifyAdapter().setBasePath(QUEUES_BOARD_PATH);
    const queues = ALL_QUEUES.map((name) =>
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    );
    createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter });
    // bull-board sends what its error handler returns; the error travels to the preSerialization hook below,
    // which has the request (for its language) and answers with a problem document instead.
    serverAdapter.setErrorHandler((error: Error) => {
      this.logger.warn(`Queues UI request failed: ${error.message}`);
      return { status: 500, body: { [BOARD_ERROR]: error } };
    });
    await fastify.register(
      async (scope) => {
        scope.addHook('onRequest', (req, reply) => this.sameOriginAdminOnly(req, reply));
        scope.addHook('preSerialization', async (req, reply, payload: unknown) => {
          if (!payload || typeof payload !== 'object' || !(BOARD_ERROR in payload)) return payload;
          const status = (payload as { [BOARD_ERROR]: { statusCode?: number } })[BOARD_ERROR].statusCode;
          const doc = inLanguageOf(req, () =>
            status && status >= 400 && status < 500
              ? problem(400, 'VALIDATION_FAILED', tr('请求无效。', 'The request is invalid.'))
              : problem(
                  503,
                  'UNAVAILABLE',
                  tr(
                    '任务队列暂时不可用（Redis 无法连接），请稍后再试。',
                    'The job queues are unavailable (Redis cannot be reached); try again shortly.',
                  ),
                ),
          );
          void reply.status(doc.status).type('application/problem+json; charset=utf-8');
          return doc;
        });
        await scope.register(serverAdapter.registerPlugin());
      },
      { prefix: QUEUES_BOARD_PATH },
    );
  }

  private async sameOriginAdminOnly(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (!['GET', 'HEAD'].includes(req.method) && !this.sameOrigin(req)) {
      const doc = inLanguageOf(req, () =>
        problem(
          403,
          'FORBIDDEN',
          tr('拒绝来自其他网站的任务队列操作。', 'Queue actions from another site are refused.'),
        ),
      );
      await reply.status(403).type('application/problem+json').send(doc);
      return;
    }
    await this.adminOnly(req, reply);
  }

  /** No `Origin` (a script), or this server's own origin, or APP_BASE_URL's; a browser's `null` is foreign. */
  private sameOrigin(req: FastifyRequest): boolean {
    const origin = req.headers.origin;
    if (origin === undefined) return req.headers['sec-fetch-site'] !== 'cross-site';
    const own = [new URL(this.config.appBaseUrl).origin, `${req.protocol}://${req.headers.host ?? ''}`];
    return own.includes(origin);
  }

  private async adminOnly(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    // A bearer header (scripts), or the cookie an admin's login sets for browsers.
    const token =
      /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? queuesUiTokenFrom(req.headers.cookie);
    const user = token ? (await signedInUser(this.tokens, this.users, token))?.user : null;
    // Outside Nest's routing, so the request's language is set here for the problem's title and detail.
    const doc = inLanguageOf(req, () =>
      !user
        ? problem(401, 'UNAUTHENTICATED', tr('请先登录。', 'Authentication is required.'))
        : user.role !== 'admin'
          ? problem(403, 'FORBIDDEN', tr('任务队列页面仅限管理员访问。', 'The queues are for admins only.'))
          : null,
    );
    if (doc) await reply.status(doc.status).type('application/problem+json').send(doc);
  }
}

const BOARD_ERROR = Symbol('queues-board-error');

function inLanguageOf<T extends ProblemDocument | null>(req: FastifyRequest, build: () => T): T {
  return runWithLanguage(parseAcceptLanguage(req.headers['accept-language']), build);
}
