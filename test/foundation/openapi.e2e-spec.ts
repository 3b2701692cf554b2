import { useApi } from '../support/harness';

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

describe('OpenAPI document', () => {
  const t = useApi();

  it('lists every route of the contract with its method', async () => {
    const res = await t.api.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, unknown>>;
    const missing = CONTRACT.filter(([method, path]) => !paths[path]?.[method]).map(([m, p]) => `${m} ${p}`);
    expect(missing).toEqual([]);
  });

  it('declares bearer auth and serves Swagger UI', async () => {
    const doc = (await t.api.http().get('/api/docs-json')).body;
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ui = await t.api.http().get('/api/docs');
    expect([200, 301, 302]).toContain(ui.status);
  });
});
