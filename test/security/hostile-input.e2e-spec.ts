import fc from 'fast-check';
import { Client } from 'pg';
import { createUser, useApi } from '../support/harness';
import { leadBody, leadsApi } from '../leads/lead-fixtures';
import { expectProblem, forgedCursor, rowCounts } from './hostile-cases';

/**
 * What a client can send that used to give a 500, take memory or be silently mangled: each is a 400 (or 4xx)
 * problem document, and nothing is written. Property-based runs over every main route follow the named cases.
 */
describe('security: hostile input', () => {
  const t = useApi();
  let db: Client;
  let staff: { id: string; token: string };
  let leadId: string;
  let version: number;

  beforeAll(async () => {
    db = new Client({ connectionString: t.env.config.databaseUrl });
    db.on('error', () => undefined); // the harness drops the database at the end
    await db.connect();
    staff = await createUser(t.api, 'staff');
    const lead = await leadsApi(t.api).create(staff.token);
    leadId = lead.body.id as string;
    version = lead.body.version as number;
  });
  afterAll(async () => {
    await db?.end();
  });

  const as = (token: string) => ({
    get: (path: string) => t.api.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`),
    raw: (method: 'post' | 'patch' | 'put', path: string, body: string | Buffer, type = 'application/json') =>
      t.api
        .http()
        [method](`/api/v1${path}`)
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', type)
        .serialize((b: unknown) => b as string)
        .send(body),
  });

  /** Runs `send` and checks it was refused with `status`/`code` and that no table changed. */
  async function refusedWithoutWrites(send: () => Promise<import('superagent').Response>, status = 400) {
    const before = await rowCounts(db);
    const res = await send();
    expectProblem(res, status);
    expect(await rowCounts(db)).toEqual(before);
    return res;
  }

  describe('forged cursors', () => {
    const id = '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11';
    const cursors = {
      'an impossible date': forgedCursor(['2024-02-30T25:61:00.000000Z', id]),
      'a non-UUID id': forgedCursor(['2024-01-01T00:00:00.000000Z', 'not-a-uuid']),
      'a NUL': forgedCursor(['a\u0000', id]),
      'a lone surrogate': forgedCursor(['\ud800', id]),
      'a number': forgedCursor([1, 2]),
      'not base64 JSON': '!!!',
    };
    const routes = (lead: string) => [
      '/users',
      '/notifications',
      `/leads/${lead}/activities`,
      '/leads',
      '/leads?sort=stageDeadline',
      '/leads?sort=-plannedInvestmentWan',
      '/activities',
      '/users/directory',
    ];

    it.each(Object.entries(cursors))(
      '%s in a cursor is a 400 on `cursor` on every paged route',
      async (_, c) => {
        for (const route of routes(leadId)) {
          // the directory's key is a name: any storable text is a valid one
          if (route === '/users/directory' && _ === 'an impossible date') continue;
          const res = await as(t.api.adminToken).get(`${route}${route.includes('?') ? '&' : '?'}cursor=${c}`);
          expectProblem(res, 400, 'VALIDATION_FAILED');
          expect(res.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
        }
      },
    );
  });

  describe('text PostgreSQL cannot store', () => {
    it('a lone surrogate in a name, notes, summary or reason is a 400 naming the field; nothing written', async () => {
      const body = (o: Record<string, unknown>) => JSON.stringify(o).replace(/X_SURROGATE/g, '\\ud800');
      const create = await refusedWithoutWrites(() =>
        as(staff.token).raw('post', '/leads', body(leadBody({ companyName: 'X_SURROGATE公司' }))),
      );
      expect(create.body.errors).toEqual([expect.objectContaining({ field: 'companyName' })]);
      await refusedWithoutWrites(() =>
        as(staff.token).raw('patch', `/leads/${leadId}`, body({ notes: 'X_SURROGATE', version })),
      );
      await refusedWithoutWrites(() =>
        as(staff.token).raw(
          'post',
          `/leads/${leadId}/activities`,
          body({ kind: 'call', occurredAt: '2024-05-01T08:00:00Z', summary: '电话X_SURROGATE' }),
        ),
      );
      const lost = await refusedWithoutWrites(() =>
        as(staff.token).raw(
          'post',
          `/leads/${leadId}/transitions`,
          body({ to: 'lost', reason: 'X_SURROGATE', version }),
        ),
      );
      expect(lost.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      // a low surrogate alone, and one in a key
      await refusedWithoutWrites(() => as(staff.token).raw('post', '/leads', '{"companyName":"\\udc00"}'));
      await refusedWithoutWrites(() => as(staff.token).raw('post', '/leads', '{"\\ud800":1}'));
    });

    it('a name of only zero-width characters is empty: 400', async () => {
      const res = await refusedWithoutWrites(() =>
        as(staff.token).raw(
          'post',
          '/leads',
          JSON.stringify(leadBody({ companyName: '\u200b\u200c\u2060\ufeff' })),
        ),
      );
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'companyName' })]);
    });

    it('a NUL is a 400 too', async () => {
      await refusedWithoutWrites(() =>
        as(staff.token).raw('post', '/leads', JSON.stringify(leadBody({ notes: 'a\u0000b' }))),
      );
    });
  });

  describe('bodies', () => {
    it('50,000 nested arrays under 1 MiB: a 400 before parsing, quickly', async () => {
      const started = Date.now();
      const deep = `{"companyName":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
      const res = await refusedWithoutWrites(() => as(staff.token).raw('post', '/leads', deep));
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body' })]);
      expect(Date.now() - started).toBeLessThan(2000);
      // 33 levels in a field, below Fastify's parser: still refused by name
      await refusedWithoutWrites(() =>
        as(staff.token).raw('post', '/leads', `{"notes":${'['.repeat(40)}${']'.repeat(40)}}`),
      );
    });

    it('invalid UTF-8 in a JSON body is a 400, not U+FFFD stored', async () => {
      const bytes = Buffer.concat([
        Buffer.from('{"companyName":"', 'utf8'),
        Buffer.from([0xd5, 0xc5, 0xff]),
        Buffer.from(`","projectName":"p","track":"equipment","plannedInvestmentWan":"1"}`, 'utf8'),
      ]);
      const res = await refusedWithoutWrites(() => as(staff.token).raw('post', '/leads', bytes));
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body' })]);
    });

    it('a money number with more digits than a double holds is refused, not rounded', async () => {
      const text = JSON.stringify(leadBody()).replace(
        '"plannedInvestmentWan":"50000"',
        '"plannedInvestmentWan":99999999.99999999999',
      );
      const res = await refusedWithoutWrites(() => as(staff.token).raw('post', '/leads', text));
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'plannedInvestmentWan' })]);
      // 15 significant digits still read as a number
      const ok = await as(staff.token).raw(
        'post',
        '/leads',
        JSON.stringify(leadBody()).replace(
          '"plannedInvestmentWan":"50000"',
          '"plannedInvestmentWan":12345678.1234',
        ),
      );
      expect(ok.status).toBe(201);
      expect(ok.body.plannedInvestmentWan).toBe('12345678.1234');
    });

    it('a truncated multipart body is a 400', async () => {
      const boundary = 'luodi-boundary';
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\ncompanyName,projectName\n甲,乙\n`;
      const res = await refusedWithoutWrites(() =>
        as(staff.token).raw('post', '/leads/import', head, `multipart/form-data; boundary=${boundary}`),
      );
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it('a path with a bad percent-escape is a problem document', async () => {
      const res = await as(staff.token).get('/leads/%ff');
      expectProblem(res, 400);
      const res2 = await t.api.http().get('/api/v1/%E0%A4%A');
      expectProblem(res2);
    });
  });

  it('API answers, errors included, carry Cache-Control: no-store', async () => {
    for (const path of [
      '/users/me',
      '/leads',
      `/leads/${leadId}`,
      '/notifications',
      '/leads/export.xlsx',
      '/nope',
    ]) {
      const res = await as(staff.token).get(path);
      expect([path, res.headers['cache-control']]).toEqual([path, 'no-store']);
    }
    const login = await t.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'x@y.z', password: 'wrong-password' });
    expect(login.headers['cache-control']).toBe('no-store');
  });

  describe('generated input (fast-check): no 5xx, RFC 9457 errors, nothing written by a refusal', () => {
    // Strings that have broken things before: surrogates, NUL, zero-width, RTL marks, huge numbers, SQL, paths.
    const nasty = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(
        '\ud800',
        '\udfff',
        'a\u0000b',
        '\u200b\u200b',
        '\u202e',
        "' OR 1=1 --",
        '../../etc/passwd',
        '%ff',
        '1e400',
        '99999999.99999999999',
        '-0',
        '2024-02-30',
        '9'.repeat(400),
      ),
    );
    const jsonValue = fc.oneof(
      nasty,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(nasty, { maxLength: 3 }),
      fc.dictionary(nasty, nasty, { maxKeys: 3 }),
    );
    const leadFields = [
      'companyName',
      'projectName',
      'track',
      'park',
      'source',
      'plannedInvestmentWan',
      'notes',
    ];
    const body = fc.oneof(
      fc.dictionary(fc.constantFrom(...leadFields, 'version', 'to', 'reason', 'kind', 'summary'), jsonValue),
      jsonValue,
    );

    it('POST/PATCH bodies on the write routes', async () => {
      const before = await rowCounts(db);
      let writes = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(
            ['post', '/leads'],
            ['patch', `/leads/${leadId}`],
            ['post', `/leads/${leadId}/activities`],
            ['post', `/leads/${leadId}/transitions`],
            ['put', `/leads/${leadId}/approvals/eia`],
            ['put', `/leads/${leadId}/investments/2024-05`],
          ),
          body,
          async ([method, path], b) => {
            const res = await as(staff.token).raw(method, path, JSON.stringify(b));
            expectProblem(res);
            if (res.status < 300) writes++;
          },
        ),
        { numRuns: 60 },
      );
      // only accepted requests may write (a generated valid body is possible but rare)
      if (writes === 0) expect(await rowCounts(db)).toEqual(before);
    });

    it('query strings and cursors on the read routes', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(
            '/leads',
            '/users',
            '/notifications',
            `/leads/${leadId}/activities`,
            '/activities',
            '/users/directory',
            '/leads/counts',
            '/reports/funnel',
            '/reports/overdue',
          ),
          fc.dictionary(
            fc.constantFrom(
              'cursor',
              'limit',
              'sort',
              'q',
              'stage',
              'track',
              'ownerId',
              'year',
              'from',
              'to',
              'role',
            ),
            fc.oneof(nasty, fc.base64String({ maxLength: 60 })),
            { maxKeys: 4 },
          ),
          async (path, query) => {
            const qs = new URLSearchParams(query).toString();
            const res = await as(t.api.adminToken).get(`${path}?${qs}`);
            expectProblem(res);
          },
        ),
        { numRuns: 60 },
      );
    });

    it('headers: Authorization, Accept-Language and Content-Type', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.constant(`Bearer ${staff.token}`),
            fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`),
            fc.string({ maxLength: 60 }),
          ),
          fc.oneof(fc.constantFrom('en', 'zh-CN', '*', 'en;q=abc', ''), fc.string({ maxLength: 30 })),
          fc.constantFrom(
            'application/json',
            'text/plain',
            'application/json; charset=gbk',
            'multipart/form-data',
            'application/x-www-form-urlencoded',
          ),
          async (authorization, language, type) => {
            const safe = (v: string) => v.replace(/[^\x20-\x7e]/g, '');
            const res = await t.api
              .http()
              .post('/api/v1/leads')
              .set('Authorization', safe(authorization))
              .set('Accept-Language', safe(language))
              .set('Content-Type', type)
              .serialize((b: unknown) => b as string)
              .send(JSON.stringify(leadBody({ companyName: '' })));
            expectProblem(res);
          },
        ),
        { numRuns: 40 },
      );
    });
  });
});
