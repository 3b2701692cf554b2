import { Injectable } from '@nestjs/common';
import { ForbiddenError, Page, tr } from '@luodi/core';
import type { Role } from '@luodi/users';
import { NotificationView } from './notification';
import { NotificationFilter, NotificationLedgerRepository } from './ledger/notification-ledger.repository';

/**
 * Reading the ledger. Supervisors and admins see every notification; staff see only their own (as recipient):
 * a staff member asking for someone else's `userId` is refused, and without one the list is narrowed to them.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly ledger: NotificationLedgerRepository) {}

  async list(
    viewer: { id: string; role: Role },
    filter: NotificationFilter,
    limit: number,
    cursor?: string,
  ): Promise<Page<NotificationView>> {
    if (viewer.role === 'staff') {
      if (filter.userId && filter.userId !== viewer.id) {
        throw new ForbiddenError(
          tr('招商专员只能查看发给自己的通知。', 'Staff may list only their own notifications.'),
        );
      }
      return this.ledger.list({ ...filter, userId: viewer.id }, limit, cursor);
    }
    return this.ledger.list(filter, limit, cursor);
  }
}
