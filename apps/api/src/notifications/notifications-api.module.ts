import { Module } from '@nestjs/common';
import { NotificationsModule } from '@luodi/notifications';
import { QueuesModule } from '@luodi/queues';
import { DigestRunService } from './digest-run.service';
import { DigestsController } from './digests.controller';
import { NotificationsController } from './notifications.controller';
import { QueuesBoardModule } from './queues-board.module';

/** `GET /notifications`, `POST /digests/run`, `GET /digests/preview` and the queues' web UI at `/admin/queues` (admins only). */
@Module({
  imports: [NotificationsModule, QueuesModule.forRole('producer'), QueuesBoardModule],
  controllers: [NotificationsController, DigestsController],
  providers: [DigestRunService],
})
export class NotificationsApiModule {}
