import helmet, { FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { FastifyInstance } from 'fastify';

/**
 * The API's and the web app's helmet options: scripts only from this origin, never inline (Element Plus sets
 * inline styles, so styles may be inline).
 */
export const APP_HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
    },
  },
};

/** Headers of the probe's own answer, not helmet's. */
const NOT_HELMETS = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * The security headers @fastify/helmet sets on every answer with these options, worked out once by asking helmet
 * itself (a throwaway Fastify instance with the plugin answers one request). The plugin builds helmet's
 * middleware from the options again on every request (the CSP directives parsed anew each time): about 4% of the
 * API's CPU per `GET /leads/:id`. The headers never vary by request here (no nonces, no per-route options).
 */
export async function helmetHeaders(options: FastifyHelmetOptions): Promise<[string, string][]> {
  const probe = Fastify();
  try {
    await probe.register(helmet, options);
    probe.get('/', () => '');
    const res = await probe.inject({ method: 'GET', url: '/' });
    return Object.entries(res.headers)
      .filter(([name]) => !NOT_HELMETS.has(name))
      .map(([name, value]) => [name, String(value)]);
  } finally {
    await probe.close();
  }
}

/** Sets `headers` on every answer from the start of the request, as helmet's own hook does (on the raw reply). */
export function addSecurityHeaders(fastify: FastifyInstance, headers: [string, string][]): void {
  fastify.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
