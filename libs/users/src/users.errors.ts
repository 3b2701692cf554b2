import { DomainError, tr } from '@luodi/core';

export class DuplicateEmailError extends DomainError {
  constructor(email: string) {
    super(
      'DUPLICATE_EMAIL',
      tr(`邮箱 ${email} 已有用户使用。`, `A user with email ${email} already exists.`),
      [{ field: 'email', message: tr('该邮箱已被使用', 'is already in use') }],
    );
  }
}

export class LastAdminError extends DomainError {
  constructor() {
    super(
      'LAST_ADMIN',
      tr(
        '这是最后一位启用的管理员，不能停用或改为其他角色；请先将另一位用户设为管理员。',
        'This is the last active admin and cannot be deactivated or demoted; make another user an admin first.',
      ),
    );
  }
}
