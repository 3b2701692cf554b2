import { resolve } from 'node:path';

/**
 * The process configuration, read once from the environment and validated.
 * A bad or missing value throws ConfigError naming the variable, so start-up stops with a clear message.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  redisUrl: string;
  smtpUrl: string;
  mailFrom: string;
  appBaseUrl: string;
  jwtSecret: string;
  jwtExpiresInSeconds: number;
  adminEmail: string;
  adminPassword: string;
  timeZone: string;
  reminderScanEveryMs: number;
  digestCron: string;
  queuePrefix: string;
  /** The API applies pending migrations at start; the worker never does (they would race). */
  migrateOnStart: boolean;
  /** Failed sign-ins (and current-password guesses) one address may make in 15 minutes, whatever the account. */
  loginAddressLimit: number;
  /** The built web app (`npm run build` writes it to dist/web) that the API serves at `/`. */
  webDir: string;
  /**
   * On SIGTERM/SIGINT: how long the API lets in-flight requests finish (and the worker its running jobs) before
   * cutting them; the process is gone at most 1 s after that.
   */
  shutdownGraceMs: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
  }
}

type Env = Record<string, string | undefined>;

const DEV_JWT_SECRET = 'luodi-development-secret-change-me-0123456789';

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const production = nodeEnv === 'production';
  const jwtSecret = production ? required(env, 'JWT_SECRET') : (env.JWT_SECRET ?? DEV_JWT_SECRET);
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  const adminPassword = production
    ? required(env, 'ADMIN_PASSWORD')
    : (env.ADMIN_PASSWORD ?? 'luodi-admin-2024');
  if (adminPassword.length < 10) throw new ConfigError('ADMIN_PASSWORD', 'must be at least 10 characters');
  const timeZone = env.TZ_ZONE ?? 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new ConfigError('TZ_ZONE', `is not a known IANA time zone: ${timeZone}`);
  }
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/luodi', [
      'postgres:',
      'postgresql:',
    ]),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    smtpUrl: url(env, 'SMTP_URL', 'smtp://127.0.0.1:1025', ['smtp:', 'smtps:']),
    mailFrom: email(env, 'MAIL_FROM', 'luodi@localhost.localdomain'),
    appBaseUrl: url(env, 'APP_BASE_URL', 'http://localhost:3000', ['http:', 'https:']).replace(/\/+$/, ''),
    jwtSecret,
    jwtExpiresInSeconds: integer(env, 'JWT_EXPIRES_IN', 8 * 3600, 10, 30 * 24 * 3600),
    adminEmail: email(env, 'ADMIN_EMAIL', 'admin@luodi.local'),
    adminPassword,
    timeZone,
    reminderScanEveryMs: duration(env, 'REMINDER_SCAN_EVERY', '5m'),
    digestCron: cron(env, 'DIGEST_CRON', '0 8 * * 1'),
    queuePrefix: pattern(env, 'QUEUE_PREFIX', 'luodi', /^[A-Za-z0-9_.:-]{1,64}$/),
    migrateOnStart: bool(env, 'MIGRATE_ON_START', true),
    loginAddressLimit: integer(env, 'LOGIN_ADDRESS_LIMIT', 100, 10, 1_000_000),
    webDir: resolve(env.WEB_DIR || 'dist/web'),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 100, 300_000),
  };
}

function required(env: Env, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new ConfigError(name, 'is required in production');
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name] ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const raw = env[name] || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
  }
  return raw;
}

function email(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  // Allow the "Name <addr>" form for MAIL_FROM.
  const address = /<([^>]+)>\s*$/.exec(raw)?.[1] ?? raw;
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(address)) throw new ConfigError(name, `is not an email address`);
  return raw;
}

/** `10s`, `5m`, `1h` (or plain milliseconds) → milliseconds. */
export function parseDuration(raw: string): number | null {
  const match = /^(\d+)(ms|s|m|h)?$/.exec(raw.trim());
  if (!match) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 'ms'] ?? 1;
  const value = Number(match[1]) * unit;
  return value > 0 ? value : null;
}

function duration(env: Env, name: string, fallback: string): number {
  const raw = env[name] || fallback;
  const value = parseDuration(raw);
  if (value === null || value < 1000) {
    throw new ConfigError(name, `must be a duration like 10s, 5m or 1h, at least 1s (got "${raw}")`);
  }
  return value;
}

function cron(env: Env, name: string, fallback: string): string {
  const raw = (env[name] || fallback).trim();
  const fields = raw.split(/\s+/);
  if (fields.length !== 5 || !fields.every((f) => /^[\d*/,-]+$/.test(f))) {
    throw new ConfigError(name, `must be a 5-field cron expression (got "${raw}")`);
  }
  return raw;
}

function pattern(env: Env, name: string, fallback: string, re: RegExp): string {
  const raw = env[name] || fallback;
  if (!re.test(raw)) throw new ConfigError(name, `must match ${re.source} (got "${raw}")`);
  return raw;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}
