import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig, EVENTS_CHANNEL, LiveEvent, parseLiveEvent } from '@luodi/core';

const RECONNECT_MS = 2000;

/**
 * One LISTEN connection per API instance on the events channel, fanned out to this instance's open event
 * streams. Nothing is shared between instances: each gets every event from PostgreSQL. While the connection is
 * down, streams stay open and the browsers' polling fallback covers the gap.
 */
@Injectable()
export class EventHubService
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger('EventHub');
  private readonly subscribers = new Set<(event: LiveEvent) => void>();
  private readonly enders = new Set<() => void>();
  private client: Client | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  /**
   * Ends every open stream before the HTTP server closes: an open stream would hold the server (and a restart)
   * until the browser left. Browsers reconnect to the next instance by themselves.
   */
  beforeApplicationShutdown(): void {
    this.endStreams();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.subscribers.clear();
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  /**
   * Calls `listener` for every event until the returned function is called; `end` is called when the API stops
   * (a stream must not hold the process open).
   */
  subscribe(listener: (event: LiveEvent) => void, end?: () => void): () => void {
    this.subscribers.add(listener);
    if (end) this.enders.add(end);
    return () => {
      this.subscribers.delete(listener);
      if (end) this.enders.delete(end);
    };
  }

  /** Ends every open stream (graceful stop). */
  endStreams(): void {
    for (const end of [...this.enders]) end();
    this.enders.clear();
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  get listening(): boolean {
    return this.client !== null;
  }

  private publish(payload: string | undefined): void {
    const event = parseLiveEvent(payload);
    if (!event) return;
    for (const listener of this.subscribers) {
      try {
        listener(event);
      } catch (err) {
        this.logger.warn(`event listener failed: ${(err as Error).message}`);
      }
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', (msg) => this.publish(msg.payload));
    client.on('error', (err) => {
      this.logger.warn(`events connection lost: ${err.message}`);
      this.scheduleReconnect(client);
    });
    client.on('end', () => this.scheduleReconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      this.client = client;
    } catch (err) {
      this.logger.warn(`events cannot connect: ${(err as Error).message}`);
      this.scheduleReconnect(client);
    }
  }

  private scheduleReconnect(client: Client): void {
    if (this.stopped || this.reconnectTimer || (this.client && this.client !== client)) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, RECONNECT_MS);
  }
}
