import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parseAcceptLanguage, runWithLanguage, tr } from '@luodi/core';
import { EventHubService } from '../events/event-hub.service';
import { problem } from './problem';

/**
 * The API's side of a graceful stop. `drain(deadline)`: stop accepting connections, answer any new request on a
 * kept-alive connection with a 503 problem (and `Connection: close`), end the event streams (they never end by
 * themselves), let in-flight requests finish and close each connection as it falls idle; at the deadline, cut
 * whatever is left. Nest's own close (database, Redis) runs after, so in-flight requests still have them.
 */
export class HttpDrain {
  private draining = false;

  constructor(private readonly app: NestFastifyApplication) {
    const fastify = app.getHttpAdapter().getInstance();
    fastify.addHook('onRequest', (request, reply, done) => {
      if (!this.draining) return done();
      const doc = runWithLanguage(parseAcceptLanguage(request.headers['accept-language']), () =>
        problem(
          503,
          'UNAVAILABLE',
          tr('服务正在重启，请稍后再试。', 'The service is restarting; try again shortly.'),
        ),
      );
      void reply
        .status(503)
        .header('Connection', 'close')
        .header('Retry-After', '1')
        .header('Content-Type', 'application/problem+json; charset=utf-8')
        .send(doc);
    });
    fastify.addHook('onSend', (_request, reply, payload, done) => {
      if (this.draining) void reply.header('Connection', 'close');
      done(null, payload);
    });
  }

  /** Resolves once every connection is closed; returns how many had to be cut at the deadline. */
  async drain(deadline: number): Promise<{ cut: number }> {
    this.draining = true;
    const server: Server = this.app.getHttpServer();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    this.app.get(EventHubService).endStreams();
    let open = await connections(server);
    while (open > 0 && Date.now() < deadline) {
      server.closeIdleConnections();
      await Promise.race([closed, new Promise((r) => setTimeout(r, 50))]);
      open = await connections(server);
    }
    if (open > 0) server.closeAllConnections();
    await closed;
    return { cut: open };
  }
}

function connections(server: Server): Promise<number> {
  return new Promise((resolve) => server.getConnections((err, count) => resolve(err ? 0 : count)));
}
