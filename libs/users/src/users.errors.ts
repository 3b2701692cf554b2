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
