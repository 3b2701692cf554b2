import fc from 'fast-check';
import { Client } from 'pg';
import { escapeLike, leadFilterWhere } from '@luodi/leads/repository/leads.repository';
import { createTestDatabase } from '../support/test-database';

/**
 * The index for one- and two-character searches (migration LeadNameBigrams): the grams condition the list adds
 * must never drop a lead the ILIKE matches (it only narrows what the index reads), and the planner must be able
 * to serve it from leads_name_grams_idx.
 */
describe('lead name grams (short q)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let c: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    c = new Client({ connectionString: db.url });
    await c.connect();
  });
  afterAll(async () => {
    await c?.end();
    await db?.drop();
  });

  const agree = async (name: string, q: string) => {
    const { rows } = await c.query<{ ilike: boolean; grams: boolean }>(
      `SELECT $1 ILIKE $2 ESCAPE '\\' AS ilike, lead_name_grams($1) @> ARRAY[lower($3)] AS grams`,
      [name, `%${escapeLike(q)}%`, q],
    );
    return rows[0].ilike === rows[0].grams;
  };

  it('named cases: Chinese, mixed case, the space between company and project, metacharacters', async () => {
    const cases: [string, string][] = [
      ['晶科能源 光伏组件', '晶科'],
      ['晶科能源 光伏组件', '源 '],
      ['晶科能源 光伏组件', ' 光'],
      ['晶科能源 光伏组件', '科能'],
      ['晶科能源 光伏组件', '能科'],
      ['BYD 比亚迪 Ab', 'aB'],
      ['BYD 比亚迪 Ab', 'y'],
      ['100%_科技 a_b', '%'],
      ['100%_科技 a_b', '0_'],
      ['C:\\路径 x', '\\'],
      ['Straße ẞ', 'ß'],
      ['', '企'],
    ];
    for (const [name, q] of cases) expect([name, q, await agree(name, q)]).toEqual([name, q, true]);
  });

  it('for any name and any one- or two-character q, the grams match exactly when ILIKE does', async () => {
    const text = fc.string({
      unit: fc.constantFrom(...'晶科能源光伏太重集团AaBb _%\\1 0'.split('')),
      maxLength: 12,
    });
    const short = fc.string({
      unit: fc.constantFrom(...'晶科能源光伏太重集团AaBb _%\\1 0'.split('')),
      minLength: 1,
      maxLength: 2,
    });
    await fc.assert(
      fc.asyncProperty(text, short, async (name, q) => agree(name, q)),
      { numRuns: 300 },
    );
  });

  it('the list condition for a short q is the indexed expression (the planner uses leads_name_grams_idx)', async () => {
    const params: unknown[] = [];
    const where = leadFilterWhere({ q: '晶科' }, (v) => `$${params.push(v)}`, new Date(), '2024-01-10');
    expect(where).toHaveLength(2);
    await c.query('BEGIN');
    try {
      await c.query('SET LOCAL enable_seqscan = off');
      const plan = await c.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT id FROM leads l WHERE ${where.join(' AND ')}`,
        params,
      );
      expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('leads_name_grams_idx');
    } finally {
      await c.query('ROLLBACK');
    }
    const long: unknown[] = [];
    expect(
      leadFilterWhere({ q: '晶科能' }, (v) => `$${long.push(v)}`, new Date(), '2024-01-10'),
    ).toHaveLength(1);
  });

  it('the plpgsql lead_name_grams (migration LeadCreateCheaper) returns what the first SQL definition did', async () => {
    // The index leads_name_grams_idx was built with the SQL definition: the function must keep its output.
    const first = `SELECT coalesce(array_agg(g), '{}') AS grams
        FROM (SELECT lower($1::text) AS t) s,
             LATERAL generate_series(1, char_length(s.t)) AS i,
             LATERAL (VALUES (substr(s.t, i, 1)), (CASE WHEN i < char_length(s.t) THEN substr(s.t, i, 2) END)) v(g)
       WHERE g IS NOT NULL`;
    const same = async (name: string) => {
      const [a, b] = await Promise.all([
        c.query<{ grams: string[] }>(first, [name]),
        c.query<{ grams: string[] }>('SELECT lead_name_grams($1) AS grams', [name]),
      ]);
      return JSON.stringify(a.rows[0].grams) === JSON.stringify(b.rows[0].grams);
    };
    const { rows } = await c.query<{ lang: string }>(
      `SELECT l.lanname AS lang FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.proname = 'lead_name_grams'`,
    );
    expect(rows).toEqual([{ lang: 'plpgsql' }]);
    for (const name of ['', 'a', 'AB', '晶科能源 光伏组件', 'Straße ẞ', '  ', '100%_科技 a_b'])
      expect([name, await same(name)]).toEqual([name, true]);
    const { rows: nulls } = await c.query<{ grams: string[] | null }>(
      'SELECT lead_name_grams(NULL) AS grams',
    );
    expect(nulls).toEqual([{ grams: null }]);
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          unit: fc.constantFrom(...'晶科能源光伏太重集团AaBbẞß _%\\1 0'.split('')),
          maxLength: 30,
        }),
        same,
      ),
      { numRuns: 300 },
    );
  });
});
