import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '@luodi/core';
import { NotificationsService, NotificationView } from '@luodi/notifications';
import type { User } from '@luodi/users';
import { CurrentUser } from '../auth/current-user.decorator';
import { AnyRole } from '../auth/roles.decorator';
import { ApiProblems, BY_ROLE } from '../http/problem-responses.decorator';
import { ListNotificationsQueryDto } from './list-notifications.query.dto';
import { NotificationPageDto } from './notification.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'The notification ledger, newest first',
    description:
      'Supervisors and admins see all; staff only notifications sent to them (another userId → 403).',
  })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiProblems(BY_ROLE)
  list(@CurrentUser() user: User, @Query() q: ListNotificationsQueryDto): Promise<Page<NotificationView>> {
    return this.notifications.list(
      user,
      { leadId: q.leadId, userId: q.userId?.toLowerCase(), kind: q.kind },
      q.limit,
      q.cursor,
    );
  }
}
