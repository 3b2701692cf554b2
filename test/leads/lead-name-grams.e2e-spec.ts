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
});
