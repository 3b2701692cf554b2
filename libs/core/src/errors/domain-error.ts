/**
 * Errors the domain raises. They carry a stable machine-readable `code`; the API's one exception filter maps
 * codes to HTTP statuses, so services and jobs never throw HTTP exceptions and the worker can call them too.
 */
export interface FieldError {
  field: string;
  message: string;
}

export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'DUPLICATE_LEAD'
  | 'VERSION_CONFLICT'
  | 'DUPLICATE_EMAIL'
  | 'PAYLOAD_TOO_LARGE'
  | 'STAGE_SKIP'
  | 'STAGE_GATE_UNMET'
  | 'INVALID_TRANSITION'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
    /** Extra members of the problem document, e.g. `existingLeadId`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], message = 'The request has invalid fields.') {
    super('VALIDATION_FAILED', message, errors);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication is required.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

export class VersionConflictError extends DomainError {
  constructor(currentVersion?: number) {
    super(
      'VERSION_CONFLICT',
      'The resource was changed by someone else; reload it and try again.',
      [],
      currentVersion === undefined ? {} : { currentVersion },
    );
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many attempts; try again later.', [], { retryAfterSeconds });
  }
}

export class UnavailableError extends DomainError {
  constructor(message = 'A service Luodi depends on is unavailable; try again shortly.') {
    super('UNAVAILABLE', message);
  }
}
