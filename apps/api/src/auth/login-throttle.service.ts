import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { APP_CONFIG, AppConfig, RateLimitedError } from '@luodi/core';
import { API_REDIS } from '../redis/redis.module';

/**
 * Counts failed logins in Redis in fixed windows, per (account, address) and per address, so guessing is
 * slowed without letting anyone lock a colleague out from elsewhere. Successful logins clear the account's
 * counter. If Redis is down the check is skipped (logged): login availability wins over the counter.
 */
@Injectable()
export class LoginThrottleService {
  static readonly WINDOW_SECONDS = 15 * 60;
  static readonly MAX_PER_ACCOUNT_AND_ADDRESS = 5;
  static readonly MAX_PER_ADDRESS = 50;
  private readonly logger = new Logger(LoginThrottleService.name);

  constructor(
    @Inject(API_REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const counts = await this.safely(() =>
      this.redis.mget(this.accountKey(email, address), this.addressKey(address)),
    );
    if (!counts) return;
    const [perAccount, perAddress] = counts.map((c) => Number(c ?? 0));
    if (
      perAccount >= LoginThrottleService.MAX_PER_ACCOUNT_AND_ADDRESS ||
      perAddress >= LoginThrottleService.MAX_PER_ADDRESS
    ) {
      const ttl = await this.safely(() => this.redis.ttl(this.accountKey(email, address)));
      throw new RateLimitedError(ttl && ttl > 0 ? ttl : LoginThrottleService.WINDOW_SECONDS);
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await this.safely(() =>
      this.redis
        .multi()
        .incr(this.accountKey(email, address))
        .expire(this.accountKey(email, address), LoginThrottleService.WINDOW_SECONDS, 'NX')
        .incr(this.addressKey(address))
        .expire(this.addressKey(address), LoginThrottleService.WINDOW_SECONDS, 'NX')
        .exec(),
    );
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await this.safely(() => this.redis.del(this.accountKey(email, address)));
  }

  private accountKey(email: string, address: string): string {
    // Hashed so Redis never holds addresses in clear text next to them.
    const digest = createHash('sha256').update(`${email.trim().toLowerCase()}|${address}`).digest('hex');
    return `${this.config.queuePrefix}:login-fail:acct:${digest}`;
  }

  private addressKey(address: string): string {
    return `${this.config.queuePrefix}:login-fail:addr:${createHash('sha256').update(address).digest('hex')}`;
  }

  private async safely<T>(op: () => Promise<T>): Promise<T | null> {
    try {
      return await op();
    } catch (err) {
      this.logger.warn(`Login throttle unavailable: ${(err as Error).message}`);
      return null;
    }
  }
}
