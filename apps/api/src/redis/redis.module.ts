import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@luodi/core';
import { createRedis } from '@luodi/queues';

/** The API's own Redis connection (health check, login throttle). Fails fast when Redis is down. */
export const API_REDIS = Symbol('API_REDIS');

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(API_REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: API_REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const redis = createRedis(config.redisUrl, 'producer');
        redis.on('error', () => undefined); // reported by /health; ioredis reconnects by itself
        return redis;
      },
    },
    RedisCloser,
  ],
  exports: [API_REDIS],
})
export class RedisModule {}
