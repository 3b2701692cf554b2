import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@luodi/core';
import { redisOptions } from '@luodi/queues';
import { SessionState, UsersService } from '@luodi/users';
import { API_REDIS } from '../redis/redis.module';

/** How long a session's state is trusted without asking PostgreSQL again (a safety net; changes are pushed). */
export const SESSION_TTL_MS = 10_000;
/** Sessions remembered at most; the oldest user is forgotten first beyond it. */
const MAX_USERS = 5_000;

interface Cached {
  state: SessionState;
  until: number;
}

/**
 * The guard's view of sessions without a query per request. Each process keeps the state of the sessions it saw
 * for up to SESSION_TTL_MS; whenever a user changes (role, active flag, name, password, a logout) the process
 * that made the change forgets that user at once and publishes the user's id on Redis, and every API process
 * forgets it on receipt. The cache is only used while this process's subscription is up: with Redis away (or
 * before the subscription is confirmed) every request asks PostgreSQL, as before, and the cache starts empty
 * once the subscription is back, so no change can be missed unnoticed.
 *
 * A load that began before a change must not store what it read after the change was announced: every change
 * bumps `epoch`, and a load stores its answer only when no change happened while it ran.
 */
@Injectable()
export class SessionCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SessionCache.name);
  private readonly users = new Map<string, Map<string, Cached>>();
  private epoch = 0;
  private live = false;
  private subscriber: Redis | null = null;
  readonly channel: string;

  constructor(
    private readonly usersService: UsersService,
    @Inject(API_REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.channel = `${config.queuePrefix}:session-changes`;
  }

  onModuleInit(): void {
    this.usersService.onSessionChange((userId) => this.changed(userId));
    // Its own connection (a subscribed connection can do nothing else); it queues the SUBSCRIBE until connected.
    const sub = new Redis({
      ...redisOptions(this.config.redisUrl, 'producer'),
      enableOfflineQueue: true,
      autoResubscribe: false,
      maxRetriesPerRequest: null,
    });
    sub.on('error', () => undefined); // reported by /health; ioredis reconnects by itself
    sub.on('ready', () => {
      sub.subscribe(this.channel).then(
        () => {
          this.clear();
          this.live = true;
        },
        (e: Error) => this.logger.warn(`session changes: subscribe failed (${e.message})`),
      );
    });
    sub.on('close', () => {
      this.live = false;
      this.clear();
    });
    sub.on('message', (channel: string, userId: string) => {
      if (channel === this.channel) this.forget(userId);
    });
    this.subscriber = sub;
  }

  onApplicationShutdown(): void {
    this.live = false;
    this.subscriber?.disconnect();
  }

  /** Whether the cache is in use (the subscription is confirmed). */
  get active(): boolean {
    return this.live;
  }

  /** The state of the session a token names, from memory when fresh, else from PostgreSQL (null: unknown user). */
  async findSession(userId: string, jti: string): Promise<SessionState | null> {
    const now = Date.now();
    const hit = this.live ? this.users.get(userId)?.get(jti) : undefined;
    if (hit && hit.until > now) return hit.state;
    const epoch = this.epoch;
    const state = await this.usersService.findSession(userId, jti);
    if (state && this.live && epoch === this.epoch) this.remember(userId, jti, state, now);
    return state;
  }

  /** A user changed in this process: forget them here at once, then tell the other processes. */
  private async changed(userId: string): Promise<void> {
    this.forget(userId);
    try {
      await this.redis.publish(this.channel, userId);
    } catch (e) {
      // Redis is away: other processes whose subscription dropped too have stopped using their caches; any other
      // one forgets the user when its entry expires (SESSION_TTL_MS at most).
      this.logger.warn(`session changes: publish failed (${(e as Error).message})`);
    }
  }

  private forget(userId: string): void {
    this.epoch++;
    this.users.delete(userId);
  }

  private clear(): void {
    this.epoch++;
    this.users.clear();
  }

  private remember(userId: string, jti: string, state: SessionState, now: number): void {
    let sessions = this.users.get(userId);
    if (!sessions) {
      if (this.users.size >= MAX_USERS) this.users.delete(this.users.keys().next().value as string);
      sessions = new Map();
      this.users.set(userId, sessions);
    }
    if (sessions.size >= 50) sessions.clear();
    sessions.set(jti, { state, until: now + SESSION_TTL_MS });
  }
}
