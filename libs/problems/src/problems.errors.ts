import { DomainError, FieldError } from '@luodi/core';

/** A status change the problem or order rules do not allow (422 `INVALID_TRANSITION`). */
export class ProblemTransitionError extends DomainError {
  constructor(message: string, errors: FieldError[] = []) {
    super('INVALID_TRANSITION', message, errors);
  }
}
