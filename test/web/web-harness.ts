import { AddressInfo } from 'node:net';
import { Test } from '@nestjs/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { APP_CONFIG, Clock, createAppLogger } from '@luodi/core';
import { AppModule } from '../../apps/api/src/app.module';
import { ApiFastifyAdapter, configureApiApp, JSON_BODY_LIMIT } from '../../apps/api/src/app.factory';
import { EVENTS_HEARTBEAT_MS } from '../../apps/api/src/events/events.controller';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiHandle, TestEnv } from '../support/harness';

export interface ServedApi extends ApiHandle {
  /** http://127.0.0.1:<port>, the API listening on a free port (and serving the built web app). */
  baseUrl: string;
}

/**
 * The real API listening on a free port (never a fixed one), for a browser or a streaming client. Like
 * harness.startApi, plus the events heartbeat made short when a test wants to see it.
 */
export async function startServedApi(
  env: TestEnv,
  options: { clock?: Clock; heartbeatMs?: number; port?: number } = {},
): Promise<ServedApi> {
  let builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(APP_CONFIG)
    .useValue(env.config);
  if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
  if (options.heartbeatMs)
    builder = builder.overrideProvider(EVENTS_HEARTBEAT_MS).useValue(options.heartbeatMs);
  const moduleRef = await builder.compile();
  moduleRef.useLogger(createAppLogger('api-test'));
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    new ApiFastifyAdapter({ bodyLimit: JSON_BODY_LIMIT }),
  );
  await configureApiApp(app);
  // A given port restarts an API where a browser already points (the 大屏's restart test); otherwise a free one.
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const http = () => request(app.getHttpServer());
  const login = async (email: string, password: string) => {
    const res = await http().post('/api/v1/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status}`);
    return res.body.accessToken as string;
  };
  return {
    app,
    http,
    login,
    adminToken: await login(ADMIN_EMAIL, ADMIN_PASSWORD),
    close: () => app.close(),
    baseUrl: `http://127.0.0.1:${port}`,
  };
}

/** Reads a server-sent events stream with fetch, collecting raw text, until closed. */
export function openEventStream(baseUrl: string, token?: string) {
  const controller = new AbortController();
  let text = '';
  const response = fetch(`${baseUrl}/api/v1/events`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    signal: controller.signal,
  });
  const done = response.then(async (res) => {
    if (!res.body) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        text += decoder.decode(chunk, { stream: true });
      }
    } catch {
      // aborted
    }
  });
  return {
    response,
    /** Settles when the server ends the stream (or it is closed here). */
    ended: done,
    text: () => text,
    close: async () => {
      controller.abort();
      await done.catch(() => undefined);
    },
  };
}
