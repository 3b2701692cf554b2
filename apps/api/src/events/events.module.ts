import { Module } from '@nestjs/common';
import { UsersModule } from '@luodi/users';
import { EventHubService } from './event-hub.service';
import { EVENTS_HEARTBEAT_MS, EventsController } from './events.controller';

/** GET /api/v1/events: live updates for the web app, fed by PostgreSQL LISTEN/NOTIFY. */
@Module({
  imports: [UsersModule],
  controllers: [EventsController],
  providers: [EventHubService, { provide: EVENTS_HEARTBEAT_MS, useValue: 20_000 }],
  exports: [EventHubService],
})
export class EventsModule {}
