import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig, OUTBOX_CHANNEL } from '@luodi/core';
import { OutboxRelayService } from './outbox-relay.service';

const RECONNECT_MS = 2000;

/**
 * LISTENs on the outbox channel with a dedicated PostgreSQL connection (a pooled one would lose the LISTEN)
 * and drains at once when a signing commits. The periodic drain job is the backstop for notifications
 * missed while this connection was down.
 */
@Injectable()
export class OutboxListenerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxListenerService.name);
  private client: Client | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: OutboxRelayService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', () => this.drainSoon());
    client.on('error', (err) => {
      this.logger.warn(`outbox listener connection lost: ${err.message}`);
      this.scheduleReconnect(client);
    });
    client.on('end', () => this.scheduleReconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.client = client;
      this.drainSoon(); // rows written while nobody listened
    } catch (err) {
      this.logger.warn(`outbox listener cannot connect: ${(err as Error).message}`);
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

  private drainSoon(): void {
    this.relay.drain().catch((err: Error) => this.logger.warn(`outbox drain failed: ${err.message}`));
  }
}
