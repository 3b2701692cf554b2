import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { STATUS_BY_CODE } from '../../apps/api/src/http/problem';
import { ADMIN_EMAIL, ADMIN_PASSWORD, useApi } from '../support/harness';
import { lintOpenApi } from '../support/openapi-lint';

/** The published OpenAPI document must agree with the contract (../shared/API.md): every route is in it. */
const CONTRACT: [method: string, path: string][] = [
  ['post', '/api/v1/auth/login'],
  ['get', '/api/v1/users/me'],
  ['post', '/api/v1/users'],
  ['get', '/api/v1/users'],
  ['patch', '/api/v1/users/{id}'],
  ['get', '/api/v1/tracks'],
  ['get', '/api/v1/parks'],
  ['get', '/api/v1/stages'],
  ['put', '/api/v1/stages/{code}'],
  ['post', '/api/v1/leads'],
  ['get', '/api/v1/leads'],
  ['get', '/api/v1/leads/{id}'],
  ['patch', '/api/v1/leads/{id}'],
  ['post', '/api/v1/leads/{id}/transitions'],
  ['get', '/api/v1/leads/{id}/transitions'],
  ['put', '/api/v1/leads/{id}/approvals/{kind}'],
  ['post', '/api/v1/leads/{id}/activities'],
  ['get', '/api/v1/leads/{id}/activities'],
  ['put', '/api/v1/leads/{id}/investments/{month}'],
  ['get', '/api/v1/leads/{id}/investments'],
  ['get', '/api/v1/leads/{id}/audit'],
  ['get', '/api/v1/leads/export.xlsx'],
  ['post', '/api/v1/leads/import'],
  ['put', '/api/v1/targets/{year}'],
  ['get', '/api/v1/targets/{year}/progress'],
  ['get', '/api/v1/reports/funnel'],
  ['get', '/api/v1/reports/overdue'],
  ['get', '/api/v1/reports/batches'],
  ['get', '/api/v1/reports/owners'],
  ['get', '/api/v1/reports/kpis'],
  ['post', '/api/v1/digests/run'],
  ['get', '/api/v1/notifications'],
  ['get', '/api/v1/health'],
];

interface Operation {
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: { in: string; name: string; schema?: Record<string, unknown> }[];
  requestBody?: unknown;
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema?: ProblemSchema; examples?: object }> }
  >;
}
type Paths = Record<string, Record<string, Operation>>;
/** The parts of a response schema the checks read: a problem's allOf of ProblemView and its narrowing. */
interface ProblemSchema {
  allOf?: [{ $ref?: string }, { properties?: { status: { enum: number[] }; code: { enum: string[] } } }];
}

const PROBLEM = 'application/problem+json';
/** The operation that is not a problem+json 503: health reports its checks as JSON. */
const HEALTH = 'get /api/v1/health';

describe('OpenAPI document', () => {
  const t = useApi();
  let doc: { paths: Paths; components: { securitySchemes: Record<string, unknown> } };
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ key: `${method} ${path}`, method, path, op })),
    );

  beforeAll(async () => {
    const res = await t.api.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    doc = res.body;
  });

  it('lists every route of the contract with its method', () => {
    const missing = CONTRACT.filter(([method, path]) => !doc.paths[path]?.[method]).map(
      ([m, p]) => `${m} ${p}`,
    );
    expect(missing).toEqual([]);
  });

  it('declares bearer auth and serves Swagger UI', async () => {
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ui = await t.api.http().get('/api/docs');
    expect([200, 301, 302]).toContain(ui.status);
  });

  it('gives every operation a summary, a description and a success response with a schema', () => {
    const lacking = operations().flatMap(({ key, op }) => {
      const problems: string[] = [];
      if (!op.summary) problems.push('summary');
      if (!op.description) problems.push('description');
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (success.length === 0) problems.push('a 2xx response');
      for (const [status, response] of success) {
        if (status === '204') continue;
        const media = Object.values(response.content ?? {});
        if (media.length === 0 || media.some((m) => !m.schema)) problems.push(`a schema for ${status}`);
      }
      return problems.map((p) => `${key}: ${p}`);
    });
    expect(lacking).toEqual([]);
  });

  it('documents the problems each operation can answer with, as problem+json narrowed to its codes', () => {
    const codes = Object.keys(STATUS_BY_CODE);
    const wrong = operations().flatMap(({ key, op }) => {
      const out: string[] = [];
      const has = (status: number) => op.responses[String(status)] !== undefined;
      if (!Object.keys(op.responses).some((s) => /^4\d\d$/.test(s)) && key !== HEALTH) out.push('no 4xx');
      if (!has(503)) out.push('no 503');
      if ((op.security?.length ?? 0) > 0 && !has(401)) out.push('secured but no 401');
      if ((op.parameters?.length || op.requestBody) && !has(400)) out.push('takes input but no 400');
      if (op.requestBody && !(has(413) && has(415))) out.push('takes a body but no 413/415');
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400 || (key === HEALTH && status === '503')) continue;
        const media = response.content?.[PROBLEM];
        const narrowing = media?.schema?.allOf?.[1]?.properties;
        if (media?.schema?.allOf?.[0]?.$ref !== '#/components/schemas/ProblemView' || !narrowing) {
          out.push(`${status} is not a problem+json ProblemView`);
          continue;
        }
        expect(narrowing.status.enum).toEqual([Number(status)]);
        for (const code of narrowing.code.enum) {
          expect(codes).toContain(code);
          // 415 is the one status Fastify answers with VALIDATION_FAILED besides 400.
          if (status !== '415')
            expect(`${code} ${STATUS_BY_CODE[code as keyof typeof STATUS_BY_CODE]}`).toBe(
              `${code} ${status}`,
            );
        }
        expect(Object.keys(media.examples ?? {}).sort()).toEqual([...narrowing.code.enum].sort());
      }
      return out.map((o) => `${key}: ${o}`);
    });
    expect(wrong).toEqual([]);
  });

  it('describes path and query parameters with their formats', () => {
    const vague = operations().flatMap(({ key, op }) =>
      (op.parameters ?? [])
        .filter((p) => {
          const s = p.schema ?? {};
          return !(
            s.enum ||
            s.format ||
            s.pattern ||
            s.type === 'integer' ||
            s.type === 'boolean' ||
            s.maxLength
          );
        })
        .map((p) => `${key}: ${p.in} ${p.name}`),
    );
    expect(vague).toEqual([]);
    const id = doc.paths['/api/v1/leads/{id}'].get.parameters?.find((p) => p.name === 'id');
    expect(id?.schema).toMatchObject({ type: 'string', format: 'uuid' });
    const kind = doc.paths['/api/v1/leads/{id}/approvals/{kind}'].put.parameters?.find(
      (p) => p.name === 'kind',
    );
    expect(kind?.schema?.enum).toEqual(['project_approval', 'eia', 'land']);
  });

  it('publishes no credentials: the development admin’s email and password are in no example', () => {
    const text = JSON.stringify(doc);
    for (const secret of [
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      'admin@luodi.local',
      'luodi-admin-2024',
      'luodi-demo-2024',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('npm run openapi writes the same document without starting the API (for client generators)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'luodi-openapi-script-'));
    try {
      const out = join(dir, 'openapi.json');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['-r', '@swc-node/register', 'scripts/openapi.ts', out],
        {
          cwd: resolve(__dirname, '../..'),
          env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
        },
      );
      expect(stdout).toMatch(/^openapi: \d+ operations, \d+ schemas → /);
      expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(doc);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is clean under Spectral (oas) and Redocly (recommended): no errors, no warnings', async () => {
    const findings = await lintOpenApi(doc);
    expect(findings.map((f) => `${f.linter} ${f.severity} ${f.rule} at ${f.at}: ${f.message}`)).toEqual([]);
  });
});
