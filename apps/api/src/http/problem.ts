import { DomainError, ErrorCode, FieldError, tr } from '@luodi/core';

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
  DUPLICATE_COMPANY: 409,
  VERSION_CONFLICT: 409,
  DUPLICATE_EMAIL: 409,
  LAST_ADMIN: 409,
  PAYLOAD_TOO_LARGE: 413,
  STAGE_SKIP: 422,
  STAGE_GATE_UNMET: 422,
  INVALID_TRANSITION: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** Titles by status, in both languages (RFC 9457: the title is the same for every problem of a type). */
const TITLES: Record<number, [zh: string, en: string]> = {
  400: ['请求无效', 'Bad Request'],
  401: ['未登录或登录已失效', 'Unauthorized'],
  403: ['无权操作', 'Forbidden'],
  404: ['未找到', 'Not Found'],
  405: ['不支持的请求方法', 'Method Not Allowed'],
  409: ['数据冲突', 'Conflict'],
  413: ['内容过大', 'Content Too Large'],
  415: ['不支持的内容类型', 'Unsupported Media Type'],
  422: ['不符合业务规则', 'Unprocessable Content'],
  429: ['请求过于频繁', 'Too Many Requests'],
  500: ['服务器内部错误', 'Internal Server Error'],
  503: ['服务暂时不可用', 'Service Unavailable'],
};

function titleOf(status: number): string {
  const [zh, en] = TITLES[status] ?? ['错误', 'Error'];
  return tr(zh, en);
}

export function problem(
  status: number,
  code: ErrorCode,
  detail: string,
  errors?: FieldError[],
  extensions: Record<string, unknown> = {},
): ProblemDocument {
  const doc: ProblemDocument = {
    type: 'about:blank',
    title: titleOf(status),
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
