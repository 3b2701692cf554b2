import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  DomainError,
  ErrorCode,
  isTransientConflict,
  parseAcceptLanguage,
  RateLimitedError,
  runWithLanguage,
  tr,
} from '@luodi/core';
import { MAX_JSON_DEPTH } from './json-body';
import { problem, problemFromDomainError, ProblemDocument } from './problem';

/**
 * Maps every error to an RFC 9457 `application/problem+json` response. Domain errors carry their code;
 * framework and Fastify errors are translated; anything else is a 500 with no stack trace or SQL.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const doc = toLocalProblem(exception, request, this.logger);
    if (exception instanceof RateLimitedError)
      reply.header('Retry-After', String(exception.retryAfterSeconds));
    void reply.status(doc.status).header('Content-Type', 'application/problem+json; charset=utf-8').send(doc);
  }
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'VERSION_CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'VALIDATION_FAILED',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

/** The problem document in the language the request asked for (Chinese unless it says `Accept-Language: en`). */
export function toLocalProblem(exception: unknown, request: FastifyRequest, logger: Logger): ProblemDocument {
  return runWithLanguage(parseAcceptLanguage(request.headers['accept-language']), () =>
    toProblem(exception, logger),
  );
}

export function toProblem(exception: unknown, logger: Logger): ProblemDocument {
  if (exception instanceof DomainError) return problemFromDomainError(exception);

  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = CODE_BY_STATUS[status];
    if (code) return problem(status, code, detailOf(status));
  }

  // Errors raised by Fastify itself (body too large, malformed JSON, bad content type, multipart limits).
  const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode < 500) {
    const status =
      fastifyError.statusCode === 413 || fastifyError.code === 'FST_REQ_FILE_TOO_LARGE'
        ? 413
        : fastifyError.statusCode;
    const code = CODE_BY_STATUS[status] ?? 'VALIDATION_FAILED';
    const body = bodyErrorDetail(fastifyError.code);
    if (body)
      return problem(400, 'VALIDATION_FAILED', body.detail, [{ field: 'body', message: body.message }]);
    return problem(status, code, fastifyErrorDetail(status));
  }

  // A deadlock victim that still lost after the service's retries: nothing was written; the client may retry.
  if (isTransientConflict(exception)) {
    return problem(
      503,
      'UNAVAILABLE',
      tr(
        '有并发修改冲突，本次未保存任何内容，请重试。',
        'A concurrent change got in the way; nothing was saved. Try again.',
      ),
    );
  }

  if (isDatabaseUnavailable(exception)) {
    logger.error(`Dependency unavailable: ${String((exception as Error).message)}`);
    return problem(
      503,
      'UNAVAILABLE',
      tr(
        '系统依赖的服务暂时不可用，请稍后再试。',
        'A service Luodi depends on is unavailable; try again shortly.',
      ),
    );
  }

  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return { ...problem(500, 'UNAVAILABLE', tr('发生了意外错误。', 'An unexpected error occurred.')) };
}

/**
 * The detail of a framework exception (an unknown route, a method not allowed): a fixed text per status in the
 * request's language. Nest's own messages are English and may echo the path, so they are not passed on.
 */
function detailOf(status: number): string {
  switch (status) {
    case 400:
      return tr('请求无效。', 'The request is invalid.');
    case 401:
      return tr('请先登录。', 'Authentication is required.');
    case 403:
      return tr('您没有执行此操作的权限。', 'You are not allowed to do this.');
    case 404:
      return tr('请求的资源不存在。', 'The requested resource was not found.');
    case 405:
      return tr('该地址不支持此请求方法。', 'This method is not allowed here.');
    case 409:
      return tr(
        '数据冲突，请刷新后重试。',
        'The request conflicts with the current data; reload and try again.',
      );
    case 413:
      return tr('请求内容过大。', 'The request body is too large.');
    case 415:
      return tr('不支持的内容类型。', 'Unsupported content type.');
    case 429:
      return tr('请求过于频繁，请稍后再试。', 'Too many requests; try again later.');
    default:
      return tr('服务暂时不可用，请稍后再试。', 'The service is unavailable; try again shortly.');
  }
}

/** Bodies the JSON parser refuses (apps/api/src/http/json-body.ts), worded in the request's language. */
function bodyErrorDetail(code: string | undefined): { detail: string; message: string } | null {
  switch (code) {
    case 'LUODI_INVALID_UTF8':
      return {
        detail: tr('请求内容不是有效的 UTF-8 文本。', 'The request body is not valid UTF-8.'),
        message: tr('含有无效的 UTF-8 字节', 'has bytes that are not UTF-8'),
      };
    case 'LUODI_JSON_TOO_DEEP':
      return {
        detail: tr(
          `请求内容嵌套过深（最多${MAX_JSON_DEPTH}层）。`,
          `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`,
        ),
        message: tr(`嵌套不能超过${MAX_JSON_DEPTH}层`, `must not nest deeper than ${MAX_JSON_DEPTH} levels`),
      };
    default:
      return null;
  }
}

/** The detail of a problem Fastify raises itself (exported for the OpenAPI examples). */
export function fastifyErrorDetail(status: number): string {
  switch (status) {
    case 413:
      return tr('请求内容过大。', 'The request body is too large.');
    case 415:
      return tr(
        '不支持的内容类型，请以 application/json 发送。',
        'Unsupported content type; send application/json.',
      );
    default:
      return tr('请求内容无法解析。', 'The request body could not be parsed.');
  }
}

/**
 * PostgreSQL (or the connection to it) is down, restarting or full: the request wrote nothing that was
 * acknowledged, so the client gets a 503 and may retry. Covers every way a lost connection surfaces through pg and
 * TypeORM: socket errors, SQLSTATE class 08 (connection exception) and 57P01–57P03 (shut down, crashed, starting),
 * 53300 (too many connections), and pg's messages for a connection that ended or failed before the query.
 */
export function isDatabaseUnavailable(exception: unknown): boolean {
  const e = exception as { code?: unknown; message?: unknown; driverError?: { code?: unknown } };
  const codes = [e?.code, e?.driverError?.code].filter((c): c is string => typeof c === 'string');
  const message = typeof e?.message === 'string' ? e.message : '';
  return (
    codes.some(
      (code) =>
        [
          'ECONNREFUSED',
          'ECONNRESET',
          'EPIPE',
          'ETIMEDOUT',
          'ENOTFOUND',
          'EHOSTUNREACH',
          'ENETUNREACH',
        ].includes(code) ||
        /^08[0-9A-Z]{3}$/.test(code) ||
        ['57P01', '57P02', '57P03', '53300'].includes(code),
    ) ||
    /Connection terminated|timeout exceeded when trying to connect|is not queryable|Client was closed|the database system is/i.test(
      message,
    )
  );
}
