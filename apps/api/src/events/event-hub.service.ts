import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig, EVENTS_CHANNEL, LeadEventLog, LiveEvent, parseLiveEvent } from '@luodi/core';

const RECONNECT_MS = 2000;
/** How often the lead event log is read (the cockpit allows 5 s from a signing to the screen). */
const LEAD_LOG_READ_MS = 500;
/** Every this many reads, events older than a minute are deleted. */
const PRUNE_EVERY = 120;

/**
 * One connection per API instance: LISTEN on the events channel (totals) and a read of the lead event log every
 * half second (lead changes; a trigger appends them, see LeadEventLog), fanned out to this instance's open event
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
  private readTimer: NodeJS.Timeout | null = null;
  private readonly leadLog = new LeadEventLog();

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
    this.stopReading();
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
    if (event) this.fanOut(event);
  }

  private fanOut(event: LiveEvent): void {
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
      await this.leadLog.start(client);
      this.client = client;
      this.startReading(client);
    } catch (err) {
      this.logger.warn(`events cannot connect: ${(err as Error).message}`);
      this.scheduleReconnect(client);
    }
  }

  private scheduleReconnect(client: Client): void {
    if (this.stopped || this.reconnectTimer || (this.client && this.client !== client)) return;
    this.client = null;
    this.stopReading();
    client.end().catch(() => undefined);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, RECONNECT_MS);
  }

  /** Reads the lead event log every half second on `client` (one read at a time) until stopped. */
  private startReading(client: Client): void {
    let reads = 0;
    const tick = async () => {
      try {
        for (const event of await this.leadLog.read(client)) this.fanOut(event);
        if (++reads % PRUNE_EVERY === 0) await LeadEventLog.prune(client);
      } catch (err) {
        if (!this.stopped) this.logger.warn(`lead events read failed: ${(err as Error).message}`);
      }
      if (this.client === client && !this.stopped)
        this.readTimer = setTimeout(() => void tick(), LEAD_LOG_READ_MS);
    };
    this.readTimer = setTimeout(() => void tick(), LEAD_LOG_READ_MS);
  }

  private stopReading(): void {
    if (this.readTimer) clearTimeout(this.readTimer);
    this.readTimer = null;
  }
}
