import { randomBytes } from 'node:crypto';
import { INestApplicationContext, Type } from '@nestjs/common';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { AppConfig, APP_CONFIG, Clock, loadConfig, createAppLogger } from '@luodi/core';
import { AppModule } from '../../apps/api/src/app.module';
import { ApiFastifyAdapter, apiAdapterOptions, configureApiApp } from '../../apps/api/src/app.factory';
import { createTestDatabase } from './test-database';
import { TEST_REDIS_URL } from './test-env';

export const ADMIN_EMAIL = 'admin@luodi.test';
export const ADMIN_PASSWORD = 'admin-password-2024';

export interface TestEnv {
  config: AppConfig;
  dropDatabase: () => Promise<void>;
}

/** A fresh database and a queue prefix of this test file's own, and the config that points at them. */
export async function createTestEnv(overrides: Record<string, string> = {}): Promise<TestEnv> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    // Per run and per file; global-teardown deletes every key of the run's prefixes.
    QUEUE_PREFIX: `luodi-test-${process.env.LUODI_TEST_RUN_ID}-${randomBytes(4).toString('hex')}`,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    SMTP_URL: 'smtp://127.0.0.1:1025',
    MIGRATE_ON_START: 'false',
    ...overrides,
  });
  return { config, dropDatabase: db.drop };
}

export interface ApiHandle {
  app: NestFastifyApplication;
  http: () => TestAgent;
  /** Signs in and returns the bearer token. */
  login: (email: string, password: string) => Promise<string>;
  adminToken: string;
  close: () => Promise<void>;
}

function withOverrides(
  builder: TestingModuleBuilder,
  config: AppConfig,
  clock?: Clock,
): TestingModuleBuilder {
  let b = builder.overrideProvider(APP_CONFIG).useValue(config);
  if (clock) b = b.overrideProvider(Clock).useValue(clock);
  return b;
}

/** Boots the real API (Fastify, validation, filter, guards) against the test database and Redis. */
export async function startApi(env: TestEnv, options: { clock?: Clock; module?: Type<unknown> } = {}) {
  const moduleRef = await withOverrides(
    Test.createTestingModule({ imports: [options.module ?? AppModule] }),
    env.config,
    options.clock,
  ).compile();
  moduleRef.useLogger(createAppLogger('api-test'));
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    new ApiFastifyAdapter(apiAdapterOptions()),
  );
  await configureApiApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const http = () => request(app.getHttpServer());
  const login = async (email: string, password: string) => {
    const res = await http().post('/api/v1/auth/login').send({ email, password });
    if (res.status !== 200)
      throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  };
  const handle: ApiHandle = {
    app,
    http,
    login,
    adminToken: await login(ADMIN_EMAIL, ADMIN_PASSWORD),
    close: () => app.close(),
  };
  return handle;
}

/**
 * For a test file: its own fresh database and a running API, set up before its tests and torn down after.
 * Read `t.api` / `t.env` inside hooks and tests (they exist once `beforeAll` has run).
 */
export function useApi(): { readonly api: ApiHandle; readonly env: TestEnv } {
  const context = {} as { api: ApiHandle; env: TestEnv };
  beforeAll(async () => {
    context.env = await createTestEnv();
    context.api = await startApi(context.env);
  });
  afterAll(async () => {
    await context.api?.close();
    await context.env?.dropDatabase();
  });
  return context;
}

/** Boots the real worker (processors and schedulers) against the same database and Redis. */
export async function startWorker(
  env: TestEnv,
  module: Type<unknown>,
  options: { clock?: Clock; configure?: (b: TestingModuleBuilder) => TestingModuleBuilder } = {},
): Promise<INestApplicationContext> {
  let builder = withOverrides(Test.createTestingModule({ imports: [module] }), env.config, options.clock);
  if (options.configure) builder = options.configure(builder);
  const moduleRef = await builder.compile();
  moduleRef.useLogger(createAppLogger('worker-test'));
  await moduleRef.init();
  return moduleRef;
}

/** Creates a user through the API and returns its id and a token. */
export async function createUser(
  api: ApiHandle,
  role: 'staff' | 'supervisor' | 'admin',
  name = `${role}-${randomBytes(3).toString('hex')}`,
): Promise<{ id: string; email: string; token: string }> {
  const email = `${name}@luodi.test`;
  const password = 'password-0123456789';
  const res = await api
    .http()
    .post('/api/v1/users')
    .set('Authorization', `Bearer ${api.adminToken}`)
    .send({ email, name, password, role });
  if (res.status !== 201) throw new Error(`create user failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, email, token: await api.login(email, password) };
}
