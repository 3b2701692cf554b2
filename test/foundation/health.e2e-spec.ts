import { useApi } from '../support/harness';

describe('health and docs', () => {
  const t = useApi();

  it('reports database and redis up', async () => {
    const res = await t.api.http().get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('publishes the OpenAPI document', async () => {
    const res = await t.api.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users/me']),
    );
  });

  it('answers unknown routes with a problem document', async () => {
    const res = await t.api.http().get('/api/v1/nope');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'NOT_FOUND', type: 'about:blank' });
  });
});
