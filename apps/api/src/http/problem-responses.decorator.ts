import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { ErrorCode, FieldError, runWithLanguage } from '@luodi/core';
import { problem, ProblemDocument, STATUS_BY_CODE } from './problem';

/**
 * The OpenAPI side of the problem details: one schema for every `application/problem+json` body, and
 * `@ApiProblems(...codes)`, one line per route listing the codes it can answer with. Each status becomes a
 * response whose schema narrows `status` and `code` to what that route can send, with a Chinese example per code.
 * Responses every route shares (503 when PostgreSQL or Redis is down; 413 and 415 for a request body) are added
 * to every operation when the document is built (docs/openapi.ts).
 */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

class FieldErrorView {
  @ApiProperty({ description: 'The field (a JSON path such as `approvals.eia` or `byTrack.equipment`)' })
  field!: string;

  @ApiProperty({ description: 'What is wrong, in the request language' })
  message!: string;
}

/** An RFC 9457 problem document as Luodi sends it. */
export class ProblemView {
  @ApiProperty({ description: 'Always `about:blank`: `code` tells problems apart', example: 'about:blank' })
  type!: string;

  @ApiProperty({ description: 'The status in words, in the request language', example: '请求无效' })
  title!: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 })
  status!: number;

  @ApiProperty({
    description: 'What happened, in the request language (Chinese unless `Accept-Language: en`)',
  })
  detail!: string;

  @ApiProperty({
    enum: Object.keys(STATUS_BY_CODE),
    description: 'Stable and machine-readable; never changes with the language',
  })
  code!: ErrorCode;

  @ApiPropertyOptional({ type: [FieldErrorView], description: 'Every bad field (400) or missing item (422)' })
  errors?: FieldErrorView[];

  @ApiPropertyOptional({ format: 'uuid', description: 'DUPLICATE_LEAD: the open lead this one duplicates' })
  existingLeadId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'DUPLICATE_COMPANY: the company this one duplicates' })
  existingCompanyId?: string;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'VERSION_CONFLICT: the version the resource is at now',
  })
  currentVersion?: number;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'RATE_LIMITED: seconds until the next try (also `Retry-After`)',
  })
  retryAfterSeconds?: number;
}

interface CodeDoc {
  /** When a route answers with this code (English, for developers). */
  when: string;
  detail: string;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
}

/** What each code means, with the Chinese detail the API sends (examples in the document). */
const CODE_DOCS: Partial<Record<ErrorCode, CodeDoc>> = {
  VALIDATION_FAILED: {
    when: 'a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field',
    detail: '请求中有不符合要求的字段。',
    errors: [
      { field: 'companyName', message: '长度须为1至200个字符' },
      { field: 'plannedInvestmentWan', message: '金额须大于0，最多4位小数' },
    ],
  },
  UNAUTHENTICATED: {
    when: 'no bearer token, or one that is invalid, expired or revoked (login: wrong email or password)',
    detail: '请先登录。',
  },
  FORBIDDEN: {
    when: 'the role or the ownership of the resource does not allow it',
    detail: '您没有执行此操作的权限。',
  },
  NOT_FOUND: { when: 'no such resource', detail: '未找到该项目。' },
  DUPLICATE_LEAD: {
    when: 'an open lead for the same company and project exists (`existingLeadId`)',
    detail: '该企业的这个项目已有一条未终止的线索。',
    extensions: { existingLeadId: '0b6f7c1e-2d4a-4c3b-9e5f-1a2b3c4d5e6f' },
  },
  DUPLICATE_COMPANY: {
    when: 'a company with the same credit code (or, without one, the same normalised name) exists (`existingCompanyId`)',
    detail: '企业库中已有该企业（统一社会信用代码或名称相同）。',
    extensions: { existingCompanyId: '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' },
  },
  VERSION_CONFLICT: {
    when: 'the `version` sent is not the current one (someone else changed it)',
    detail: '该记录已被他人修改，请刷新后重试。',
    extensions: { currentVersion: 4 },
  },
  DUPLICATE_EMAIL: {
    when: 'a user with this email exists',
    detail: '邮箱 li.na@luodi.local 已有用户使用。',
    errors: [{ field: 'email', message: '该邮箱已被使用' }],
  },
  LAST_ADMIN: {
    when: 'the change would deactivate or demote the last active admin',
    detail: '这是最后一位启用的管理员，不能停用或改为其他角色；请先将另一位用户设为管理员。',
  },
  PAYLOAD_TOO_LARGE: {
    when: 'the body is over 1 MiB (imports: the file over 20 MiB)',
    detail: '请求内容过大。',
  },
  STAGE_SKIP: { when: 'a forward move that skips a stage', detail: '项目须逐级推进，下一阶段是签约。' },
  STAGE_GATE_UNMET: {
    when: 'the next stage needs something the lead lacks; `errors[]` lists each missing item',
    detail: '进入落地阶段的条件未满足：立项未完成；环评未完成。',
    errors: [
      { field: 'approvals.project_approval', message: '立项未完成' },
      { field: 'approvals.eia', message: '环评未完成' },
    ],
  },
  INVALID_TRANSITION: {
    when: 'a move the pipeline does not allow (already there, a date before the current stage)',
    detail: '项目已处于签约阶段。',
  },
  RATE_LIMITED: {
    when: 'too many failed attempts; wait `retryAfterSeconds`',
    detail: '尝试次数过多，请稍后再试。',
    extensions: { retryAfterSeconds: 900 },
  },
  UNAVAILABLE: {
    when: 'PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again',
    detail: '系统依赖的服务暂时不可用，请稍后再试。',
  },
};

/** The documented example of a code: the problem document the API sends for it (its title as at run time). */
export function problemExample(code: ErrorCode, status = STATUS_BY_CODE[code]): ProblemDocument {
  const doc = CODE_DOCS[code];
  // The document is built once; its examples are the Chinese the API answers with by default.
  return runWithLanguage('zh', () =>
    problem(status, code, doc?.detail ?? code, doc?.errors, doc?.extensions ?? {}),
  );
}

/**
 * A problem response for `status` that can carry `codes`. `examples` replace the generic one of a code (for the
 * problems Fastify raises before a route runs, whose detail differs).
 */
export function problemResponse(
  status: number,
  codes: ErrorCode[],
  options: { description?: string; examples?: ProblemDocument[] } = {},
) {
  const examples = options.examples ?? codes.map((c) => problemExample(c, status));
  return {
    description: options.description ?? codes.map((c) => `\`${c}\`: ${CODE_DOCS[c]?.when ?? c}.`).join(' '),
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: {
          allOf: [
            { $ref: getSchemaPath(ProblemView) },
            {
              type: 'object' as const,
              properties: {
                status: { type: 'integer' as const, enum: [status] },
                code: { type: 'string' as const, enum: codes },
              },
            },
          ],
        },
        examples: Object.fromEntries(examples.map((e) => [e.code, { summary: e.code, value: e }])),
      },
    },
  };
}

/**
 * The code lists routes share, named for the kind of route, so each route states its kind once and adds only what
 * is its own: `@ApiProblems(CHANGE_ONE, 'VERSION_CONFLICT')`.
 */
/** Any signed-in route with input: a bad query, body or parameter; no token. */
export const SIGNED_IN = ['VALIDATION_FAILED', 'UNAUTHENTICATED'] as const satisfies readonly ErrorCode[];
/** A route the role may refuse. */
export const BY_ROLE = [...SIGNED_IN, 'FORBIDDEN'] as const satisfies readonly ErrorCode[];
/** A read of one resource by its id: a malformed id is a 400, an unknown one a 404. */
export const READ_ONE = [...SIGNED_IN, 'NOT_FOUND'] as const satisfies readonly ErrorCode[];
/** A change to one resource by its id, which the role or the ownership may refuse. */
export const CHANGE_ONE = [...BY_ROLE, 'NOT_FOUND'] as const satisfies readonly ErrorCode[];
/** A workflow step on a versioned record: a stale `version` is a 409, a step its state does not allow a 422. */
export const STEP_ONE = [
  ...CHANGE_ONE,
  'VERSION_CONFLICT',
  'INVALID_TRANSITION',
] as const satisfies readonly ErrorCode[];

/**
 * Documents the error codes a route can answer with, each as a problem+json response of its status (codes sharing
 * a status merge into one response, in the order given). List every code the route's own rules and guard can
 * give, as codes or shared lists, e.g. `@ApiProblems(READ_ONE, 'VERSION_CONFLICT')`.
 */
export function ApiProblems(
  ...codesOrLists: (ErrorCode | readonly ErrorCode[])[]
): MethodDecorator & ClassDecorator {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codesOrLists.flat()) {
    const status = STATUS_BY_CODE[code];
    const list = byStatus.get(status) ?? [];
    if (list.includes(code)) throw new Error(`@ApiProblems lists ${code} twice`);
    byStatus.set(status, [...list, code]);
  }
  return applyDecorators(
    ApiExtraModels(ProblemView),
    ...[...byStatus].map(([status, list]) => ApiResponse({ status, ...problemResponse(status, list) })),
  );
}
