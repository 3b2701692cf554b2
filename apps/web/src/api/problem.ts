/**
 * The API's RFC 9457 problem documents, as the web app shows them: `detail` in an alert, each
 * `errors[].message` next to its form field. Pure (no Vue), unit-tested.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface ProblemDocument {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

/** Codes of the contract, plus two the client itself raises. */
export type ProblemCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'DUPLICATE_LEAD'
  | 'VERSION_CONFLICT'
  | 'DUPLICATE_EMAIL'
  | 'LAST_ADMIN'
  | 'PAYLOAD_TOO_LARGE'
  | 'STAGE_SKIP'
  | 'STAGE_GATE_UNMET'
  | 'INVALID_TRANSITION'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'NETWORK'
  | 'UNKNOWN';

const FALLBACK_DETAIL: Record<number, string> = {
  0: '无法连接服务器，请检查网络后重试。',
  401: '登录已失效，请重新登录。',
  403: '您没有执行此操作的权限。',
  404: '请求的内容不存在。',
  409: '数据冲突，请刷新后重试。',
  413: '内容过大。',
  429: '操作过于频繁，请稍后再试。',
  500: '服务器出现意外错误，请稍后再试。',
  502: '服务暂时不可用，请稍后再试。',
  503: '服务暂时不可用，请稍后再试。',
};

/** A failed API call. `detail` is always a sentence a user can read. */
export class ApiProblem extends Error {
  readonly status: number;
  /** A ProblemCode, or a code this client does not know yet. */
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldProblem[];
  readonly doc: ProblemDocument;

  constructor(status: number, doc: ProblemDocument = {}) {
    const detail =
      typeof doc.detail === 'string' && doc.detail.trim() !== ''
        ? doc.detail
        : (FALLBACK_DETAIL[status] ?? `请求失败（${status}）。`);
    super(detail);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = typeof doc.code === 'string' ? doc.code : status === 0 ? 'NETWORK' : 'UNKNOWN';
    this.detail = detail;
    this.errors = Array.isArray(doc.errors)
      ? doc.errors.filter(
          (e): e is FieldProblem =>
            typeof e === 'object' &&
            e !== null &&
            typeof e.field === 'string' &&
            typeof e.message === 'string',
        )
      : [];
    this.doc = doc;
  }

  /** An extension member such as `existingLeadId` or `currentVersion`, when it has the expected type. */
  extension<T extends 'string' | 'number'>(
    name: string,
    type: T,
  ): (T extends 'string' ? string : number) | null {
    const value = this.doc[name];
    return typeof value === type ? (value as T extends 'string' ? string : number) : null;
  }
}

/** Turns whatever a failed call produced (a problem body, another body, a network error) into an ApiProblem. */
export function toProblem(status: number, body: unknown): ApiProblem {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    return new ApiProblem(status, body as ProblemDocument);
  }
  return new ApiProblem(status);
}

export function isProblem(err: unknown, code?: string): err is ApiProblem {
  return err instanceof ApiProblem && (code === undefined || err.code === code);
}

/** A readable sentence for any thrown value. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiProblem) return err.detail;
  return '出现了意外错误，请刷新页面后重试。';
}

/**
 * Splits a problem's field errors between the form's own fields (shown beside each field) and the rest (listed
 * in the alert). `fieldMap` renames API fields to form fields, e.g. `approvals.project_approval` → `projectApproval`;
 * a field like `items[0].name` also matches a form field named by its first segment.
 */
export function splitFieldErrors(
  problem: ApiProblem,
  formFields: readonly string[],
  fieldMap: Record<string, string> = {},
): { byField: Record<string, string>; others: FieldProblem[] } {
  const byField: Record<string, string> = {};
  const others: FieldProblem[] = [];
  for (const e of problem.errors) {
    const mapped = fieldMap[e.field] ?? e.field;
    const head = mapped.split(/[.[]/, 1)[0];
    const target = formFields.includes(mapped) ? mapped : formFields.includes(head) ? head : null;
    if (target === null) others.push(e);
    else byField[target] = byField[target] ? `${byField[target]}；${e.message}` : e.message;
  }
  return { byField, others };
}
