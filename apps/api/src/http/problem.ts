import { DomainError, ErrorCode, FieldError } from '@luodi/core';

/** An RFC 9457 problem document with Luodi's stable `code`. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** The one place where domain error codes become HTTP statuses. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DUPLICATE_LEAD: 409,
  VERSION_CONFLICT: 409,
  DUPLICATE_EMAIL: 409,
  PAYLOAD_TOO_LARGE: 413,
  STAGE_SKIP: 422,
  STAGE_GATE_UNMET: 422,
  INVALID_TRANSITION: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(
  status: number,
  code: ErrorCode,
  detail: string,
  errors?: FieldError[],
  extensions: Record<string, unknown> = {},
): ProblemDocument {
  const doc: ProblemDocument = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extensions,
  };
  if (errors && errors.length > 0) doc.errors = errors;
  return doc;
}

export function problemFromDomainError(err: DomainError): ProblemDocument {
  return problem(STATUS_BY_CODE[err.code], err.code, err.message, err.errors, err.extensions);
}
