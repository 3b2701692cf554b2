import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { APP_CONFIG, AppConfig, RateLimitedError } from '@luodi/core';
import { API_REDIS } from '../redis/redis.module';

/** What is being guessed: a sign-in's password, or the current password when changing it. */
export type ThrottledAction = 'login' | 'password';

/**
 * Counts password attempts in Redis, first and atomically (one Lua script), then lets through only those within
 * the limits, so 40 parallel guesses at one account get at most MAX_PER_ACCOUNT_AND_ADDRESS password checks.
 * Two counters in fixed windows:
 * - per account and address: a few attempts, so one person's mistakes (or a script hammering one account) lock
 *   only that account from that address; a colleague behind the same office NAT signs in as usual;
 * - per address: a much higher ceiling (`LOGIN_ADDRESS_LIMIT`, 100) against one address trying many accounts.
 *   An attempt the account limit refused is not counted here, and a successful one is given back, so it counts
 *   failures, not an office's morning sign-ins.
 * A success clears its account counter. If Redis is down the check is skipped (logged): availability wins.
 */
@Injectable()
export class LoginThrottleService {
  static readonly WINDOW_SECONDS = 15 * 60;
  static readonly MAX_PER_ACCOUNT_AND_ADDRESS = 5;
  private readonly logger = new Logger(LoginThrottleService.name);

  /**
   * KEYS: account key, address key. ARGV: window, account limit, address limit.
   * Returns 0 when allowed, else the seconds until the counter that refused runs out.
   */
  private static readonly SCRIPT = `
    local window = tonumber(ARGV[1])
    local account = redis.call('INCR', KEYS[1])
    if account == 1 then redis.call('EXPIRE', KEYS[1], window) end
    if account > tonumber(ARGV[2]) then
      local ttl = redis.call('TTL', KEYS[1])
      if ttl < 1 then redis.call('EXPIRE', KEYS[1], window) ttl = window end
      return ttl
    end
    local address = redis.call('INCR', KEYS[2])
    if address == 1 then redis.call('EXPIRE', KEYS[2], window) end
    if address > tonumber(ARGV[3]) then
      redis.call('DECR', KEYS[2])
      local ttl = redis.call('TTL', KEYS[2])
      if ttl < 1 then redis.call('EXPIRE', KEYS[2], window) ttl = window end
      return ttl
    end
    return 0`;

  constructor(
    @Inject(API_REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts an attempt, then refuses it (429 with the seconds to wait) when over a limit. */
  async begin(action: ThrottledAction, email: string, address: string): Promise<void> {
    const wait = await this.safely(
      () =>
        this.redis.eval(
          LoginThrottleService.SCRIPT,
          2,
          this.accountKey(action, email, address),
          this.addressKey(action, address),
          LoginThrottleService.WINDOW_SECONDS,
          LoginThrottleService.MAX_PER_ACCOUNT_AND_ADDRESS,
          this.config.loginAddressLimit,
        ) as Promise<number>,
    );
    if (wait) throw new RateLimitedError(Number(wait));
  }

  /** The attempt was right: clear the account's counter and give the address its attempt back. */
  async succeeded(action: ThrottledAction, email: string, address: string): Promise<void> {
    const addressKey = this.addressKey(action, address);
    await this.safely(() =>
      this.redis
        .multi()
        .del(this.accountKey(action, email, address))
        .eval(`if redis.call('GET', KEYS[1]) then redis.call('DECR', KEYS[1]) end return 0`, 1, addressKey)
        .exec(),
    );
  }

  private accountKey(action: ThrottledAction, email: string, address: string): string {
    // Hashed so Redis never holds addresses in clear text next to them.
    const digest = createHash('sha256').update(`${email.trim().toLowerCase()}|${address}`).digest('hex');
    return `${this.config.queuePrefix}:${action}-fail:acct:${digest}`;
  }

  private addressKey(action: ThrottledAction, address: string): string {
    const digest = createHash('sha256').update(address).digest('hex');
    return `${this.config.queuePrefix}:${action}-fail:addr:${digest}`;
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
