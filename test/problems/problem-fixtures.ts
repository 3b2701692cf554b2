import type { Response } from 'supertest';
import { ApiHandle } from '../support/harness';
import { OpenApiContract } from '../support/openapi-contract';

type Method = 'get' | 'post' | 'put' | 'patch';

/**
 * Calls for the 问题台账与督办 tests: each answer is checked against the published OpenAPI document (status,
 * content type, schema) and, when given, the expected status.
 */
export function problemsApi(api: ApiHandle, contract: OpenApiContract) {
  async function call(
    method: Method,
    template: string,
    path: string,
    token: string | null,
    body?: object,
    expectStatus?: number,
  ): Promise<Response> {
    let req = api.http()[method](`/api/v1${path}`);
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    const res = body === undefined ? await req : await req.send(body);
    if (expectStatus !== undefined)
      expect(`${res.status} ${JSON.stringify(res.body).slice(0, 400)}`).toMatch(
        new RegExp(`^${expectStatus} `),
      );
    contract.check(method, `/api/v1${template}`, res);
    return res;
  }
  return {
    call,
    department: (token: string, name: string, status = 201) =>
      call('post', '/departments', '/departments', token, { name }, status),
    raise: (token: string, leadId: string, body: object, status = 201) =>
      call('post', '/leads/{id}/problems', `/leads/${leadId}/problems`, token, body, status),
    patch: (token: string, id: string, body: object, status = 200) =>
      call('patch', '/problems/{id}', `/problems/${id}`, token, body, status),
    problems: (token: string, query: string, status = 200) =>
      call('get', '/problems', `/problems${query}`, token, undefined, status),
    issue: (token: string, body: object, status = 201) =>
      call('post', '/supervisions', '/supervisions', token, body, status),
    act: (
      token: string,
      id: string,
      action: 'acknowledge' | 'close' | 'return',
      body: object,
      status = 200,
    ) => call('post', `/supervisions/{id}/${action}`, `/supervisions/${id}/${action}`, token, body, status),
    report: (token: string, id: string, body: object, status = 201) =>
      call('post', '/supervisions/{id}/reports', `/supervisions/${id}/reports`, token, body, status),
    orders: (token: string, query: string, status = 200) =>
      call('get', '/supervisions', `/supervisions${query}`, token, undefined, status),
  };
}

export const UNKNOWN_ID = '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11';
