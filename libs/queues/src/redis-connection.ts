import Redis, { RedisOptions } from 'ioredis';

/**
 * Redis connections with the settings BullMQ needs in production.
 * - `worker`: `maxRetriesPerRequest: null` so blocking commands survive reconnects (BullMQ requires it).
 * - `producer` (the API): fail fast. With no offline queue and one retry, an enqueue while Redis is down
 *   errors in milliseconds instead of hanging a request; PostgreSQL (the outbox, the scan) is the truth.
 */
export function redisOptions(redisUrl: string, role: 'worker' | 'producer'): RedisOptions {
  const url = new URL(redisUrl);
  const base: RedisOptions = {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    connectTimeout: 5000,
  };
  return role === 'worker'
    ? { ...base, maxRetriesPerRequest: null, enableReadyCheck: false }
    : {
        ...base,
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        retryStrategy: (n) => Math.min(n * 200, 2000),
      };
}

export function createRedis(redisUrl: string, role: 'worker' | 'producer'): Redis {
  return new Redis(redisOptions(redisUrl, role));
}
