import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { ModuleRef } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseAcceptLanguage, runWithLanguage, tr } from '@luodi/core';
import { ALL_QUEUES } from '@luodi/queues';
import { UsersModule, UsersService } from '@luodi/users';
import { TokenService } from '../auth/token.service';
import { QUEUES_UI_PATH, queuesUiTokenFrom } from '../auth/queues-ui-cookie';
import { signedInUser } from '../auth/auth.guard';
import { problem } from '../http/problem';

export const QUEUES_BOARD_PATH = QUEUES_UI_PATH;

/**
 * bull-board (the BullMQ web UI) at `/admin/queues`, for admins only. Its routes are a Fastify plugin outside
 * Nest's router, so the global guard does not see them: an `onRequest` hook in the plugin's own scope checks
 * the bearer token (or the admin's queues-UI cookie, see auth/queues-ui-cookie.ts) and the admin role the same
 * way, and answers 401/403 with a problem document.
 */
@Module({ imports: [UsersModule] })
export class QueuesBoardModule implements OnModuleInit {
  constructor(
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
    await fastify.register(
      async (scope) => {
        scope.addHook('onRequest', (req, reply) => this.adminOnly(req, reply));
        await scope.register(serverAdapter.registerPlugin());
      },
      { prefix: QUEUES_BOARD_PATH },
    );
  }

  private async adminOnly(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    // A bearer header (scripts), or the cookie an admin's login sets for browsers.
    const token =
      /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? queuesUiTokenFrom(req.headers.cookie);
    const user = token ? (await signedInUser(this.tokens, this.users, token))?.user : null;
    // Outside Nest's routing, so the request's language is set here for the problem's title and detail.
    const doc = runWithLanguage(parseAcceptLanguage(req.headers['accept-language']), () =>
      !user
        ? problem(401, 'UNAUTHENTICATED', tr('请先登录。', 'Authentication is required.'))
        : user.role !== 'admin'
          ? problem(403, 'FORBIDDEN', tr('任务队列页面仅限管理员访问。', 'The queues are for admins only.'))
          : null,
    );
    if (doc) await reply.status(doc.status).type('application/problem+json').send(doc);
  }
}
