import { DomainError } from '@luodi/core';

export class DuplicateEmailError extends DomainError {
  constructor(email: string) {
    super('DUPLICATE_EMAIL', `A user with email ${email} already exists.`, [
      { field: 'email', message: 'is already in use' },
    ]);
  }
}
