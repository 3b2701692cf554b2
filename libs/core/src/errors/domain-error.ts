import { tr } from '../i18n/language';

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
  | 'DUPLICATE_COMPANY'
  | 'VERSION_CONFLICT'
  | 'DUPLICATE_EMAIL'
  | 'LAST_ADMIN'
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
  constructor(
    errors: FieldError[],
    message = tr('请求中有不符合要求的字段。', 'The request has invalid fields.'),
  ) {
    super('VALIDATION_FAILED', message, errors);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = tr('请先登录。', 'Authentication is required.')) {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = tr('您没有执行此操作的权限。', 'You are not allowed to do this.')) {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends DomainError {
  /** Names the missing thing in both languages: `new NotFoundError('该项目', 'Lead')`. */
  constructor(whatZh: string, whatEn: string) {
    super('NOT_FOUND', tr(`未找到${whatZh}。`, `${whatEn} was not found.`));
  }
}

export class VersionConflictError extends DomainError {
  constructor(currentVersion?: number) {
    super(
      'VERSION_CONFLICT',
      tr(
        '该记录已被他人修改，请刷新后重试。',
        'The resource was changed by someone else; reload it and try again.',
      ),
      [],
      currentVersion === undefined ? {} : { currentVersion },
    );
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    message: string = tr('尝试次数过多，请稍后再试。', 'Too many attempts; try again later.'),
  ) {
    super('RATE_LIMITED', message, [], { retryAfterSeconds });
  }
}

export class UnavailableError extends DomainError {
  constructor(
    message = tr(
      '系统依赖的服务暂时不可用，请稍后再试。',
      'A service Luodi depends on is unavailable; try again shortly.',
    ),
  ) {
    super('UNAVAILABLE', message);
  }
}
