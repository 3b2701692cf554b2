import { randomBytes } from 'node:crypto';
import { ApiHandle } from '../support/harness';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@luodi/leads/fields/credit-code';

/** A fresh valid 统一社会信用代码. */
export function creditCode(): string {
  const bytes = randomBytes(17);
  const body = '91' + [...bytes.subarray(2)].map((b) => CREDIT_CODE_ALPHABET[b % 31]).join('');
  return body + creditCodeCheckChar(body);
}

let counter = 0;
/** A minimal valid POST /leads body with a unique company and project. */
export function leadBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  return {
    companyName: `太重集团${counter}号公司${randomBytes(2).toString('hex')}`,
    projectName: `智能装备项目${counter}`,
    track: 'equipment',
    plannedInvestmentWan: '50000',
    ...over,
  };
}

export function leadsApi(api: ApiHandle) {
  const call = (method: 'get' | 'post' | 'patch' | 'put', path: string, token: string, body?: unknown) => {
    const req = api.http()[method](`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
    return body === undefined ? req : req.send(body as object);
  };
  return {
    call,
    create: (token: string, over: Record<string, unknown> = {}) =>
      call('post', '/leads', token, leadBody(over)),
    get: (token: string, id: string) => call('get', `/leads/${id}`, token),
    patch: (token: string, id: string, body: Record<string, unknown>) =>
      call('patch', `/leads/${id}`, token, body),
    move: (token: string, id: string, body: Record<string, unknown>) =>
      call('post', `/leads/${id}/transitions`, token, body),
    approve: (token: string, id: string, kind: string, body: Record<string, unknown>) =>
      call('put', `/leads/${id}/approvals/${kind}`, token, body),
    list: (token: string, query = '') => call('get', `/leads${query}`, token),
  };
}
