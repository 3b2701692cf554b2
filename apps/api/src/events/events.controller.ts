import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AnyRole } from '../auth/roles.decorator';
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
  ) {}

  @Get()
  @AnyRole()
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary: 'Live updates as server-sent events',
    description:
      "`event: totals` `{year}` when a year's target progress changed; `event: lead` `{id, version}` when a lead " +
      'was created or changed. Comment lines every 20 s keep the stream open; it ends when the token expires. ' +
      'Read it with fetch and the Authorization header (never a token in the URL).',
  })
  @ApiOkResponse({ description: 'A text/event-stream that stays open' })
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
    const heartbeat = setInterval(() => raw.write(sseComment('heartbeat')), this.heartbeatMs);
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
