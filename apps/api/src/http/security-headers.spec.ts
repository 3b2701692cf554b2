import helmet from '@fastify/helmet';
import Fastify, { FastifyInstance } from 'fastify';
import { addSecurityHeaders, APP_HELMET_OPTIONS, helmetHeaders } from './security-headers';

const OPTIONS = APP_HELMET_OPTIONS;

function routes(app: FastifyInstance): FastifyInstance {
  app.get('/ok', async () => ({ ok: true }));
  app.get('/fails', async () => {
    throw new Error('boom');
  });
  app.get('/own-csp', async (_request, reply) => {
    void reply.header('content-security-policy', "script-src 'self' 'unsafe-inline'");
    return 'x';
  });
  return app;
}

describe('helmetHeaders', () => {
  it('gives every answer exactly the headers the plugin itself sets, on every kind of answer', async () => {
    const plugin = Fastify();
    await plugin.register(helmet, OPTIONS);
    routes(plugin);
    const once = Fastify();
    addSecurityHeaders(once, await helmetHeaders(OPTIONS));
    routes(once);
    for (const url of ['/ok', '/fails', '/own-csp', '/nowhere']) {
      const [a, b] = await Promise.all([plugin.inject({ url }), once.inject({ url })]);
      const { date: _a, ...expected } = a.headers;
      const { date: _b, ...actual } = b.headers;
      expect([url, b.statusCode, actual]).toEqual([url, a.statusCode, expected]);
    }
    const ok = await once.inject({ url: '/ok' });
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect(ok.headers['content-security-policy']).toContain("script-src 'self';");
    await Promise.all([plugin.close(), once.close()]);
  });
});
