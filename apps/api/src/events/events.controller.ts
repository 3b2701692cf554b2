import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UsersService } from '@luodi/users';
import { signedInUser } from '../auth/auth.guard';
import { AnyRole } from '../auth/roles.decorator';
import { TokenService } from '../auth/token.service';
import { ApiProblems } from '../http/problem-responses.decorator';
import { EventHubService } from './event-hub.service';
import { sseComment, sseEvent, tokenExpiresAt } from './sse';

/** How often an idle stream gets a comment line, so proxies and load balancers keep it open. */
export const EVENTS_HEARTBEAT_MS = Symbol('EVENTS_HEARTBEAT_MS');

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    private readonly hub: EventHubService,
    @Inject(EVENTS_HEARTBEAT_MS) private readonly heartbeatMs: number,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'Live updates as server-sent events',
    description:
      "`event: totals` `{year}` when a year's target progress changed; `event: lead` `{id, version}` when a lead " +
      'was created or changed. Comment lines every 20 s keep the stream open; it ends when the token expires, or at the next ' +
      'comment after the session ends (logout, password change or reset, deactivation). ' +
      'Read it with fetch and the Authorization header (never a token in the URL).',
  })
  @ApiOkResponse({
    description: 'A text/event-stream that stays open',
    content: {
      'text/event-stream': {
        schema: { type: 'string', description: 'Lines `event: <name>` and `data: <JSON>`, and `:` comments' },
      },
    },
  })
  @ApiProblems('UNAUTHENTICATED')
  stream(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    reply.hijack();
    const raw = reply.raw;
    // The headers set so far (helmet's) go out too: a hijacked reply writes its own head.
    const earlier = Object.entries(reply.getHeaders()).filter(
      (entry): entry is [string, string | number | string[]] => entry[1] !== undefined,
    );
    raw.writeHead(200, {
      ...Object.fromEntries(earlier),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: 3000\n${sseComment('connected')}`);
    const unsubscribe = this.hub.subscribe(
      (event) => raw.write(sseEvent(event)),
      () => raw.end(),
    );
    // Each heartbeat also checks the session is still on (one query), so a logout ends the stream too.
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const heartbeat = setInterval(() => {
      raw.write(sseComment('heartbeat'));
      signedInUser(this.tokens, this.users, bearer).then(
        (session) => (session ? undefined : raw.end()),
        () => undefined, // the database is away: keep the stream; the next heartbeat asks again
      );
    }, this.heartbeatMs);
    const expiresAt = tokenExpiresAt(request.headers.authorization);
    const expiry = expiresAt
      ? setTimeout(() => raw.end(), Math.max(0, Math.min(expiresAt.getTime() - Date.now(), 2 ** 31 - 1)))
      : null;
    let closed = false;
    const cleanUp = () => {
      if (closed) return;
      closed = true;
      unsubscribe();
      clearInterval(heartbeat);
      if (expiry) clearTimeout(expiry);
    };
    raw.on('close', cleanUp);
    request.raw.on('close', cleanUp);
  }
}
