import { Client } from 'pg';
import { createTestDatabase } from '../support/test-database';
import { normaliseCompanyName } from '@luodi/companies/company-name';
import { SIMILAR_CANDIDATE_CAP } from '@luodi/core/database/migrations/1796204533041-company-similar-bounded';

/**
 * `company_similar` reads a bounded number of candidate names (migration CompanySimilarBounded). Its answers are
 * compared with the unbounded search (every name pg_trgm finds at the threshold, best first: the function as it
 * was) on a register of real-looking names, and on more look-alikes than the cap, where the best answers must
 * still be the true best.
 */
describe('company_similar: bounded, with the answers of the unbounded search', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let c: Client;
  const THRESHOLD = 0.4;

  // Real-looking firms: near-duplicates (晶科), firms sharing an industry word, and unrelated ones.
  const REGISTER = [
    '晶科能源股份有限公司',
    '山西晶科新能源有限公司',
    '晶科新材料有限公司',
    '天合光能股份有限公司',
    '隆基绿能科技股份有限公司',
    '通威太阳能有限公司',
    '太原重工股份有限公司',
    '太钢不锈钢股份有限公司',
    '烁科晶体有限公司',
    '中来光电科技有限公司',
    '宁德时代新能源科技股份有限公司',
    '比亚迪汽车有限公司',
    '华为技术有限公司',
    '瑞泰新能源有限公司',
    '瑞华新能源有限公司',
    '恒瑞新能源有限公司',
    '晶瑞电子材料有限公司',
    '中科晶电信息材料有限公司',
  ];
  const QUERIES = [
    '晶科能源',
    '晶科新能源',
    '瑞泰新能源',
    '晶体',
    '太原重工',
    '光能',
    '某某无关企业',
    '隆基绿能',
  ];

  async function addCompanies(names: string[]): Promise<Map<string, string>> {
    const { rows } = await c.query<{ id: string; name: string }>(
      `WITH c AS (
         INSERT INTO companies (name, name_norm) SELECT n, m FROM unnest($1::text[], $2::text[]) AS u(n, m)
         RETURNING id, name, name_norm),
       n AS (INSERT INTO company_names (company_id, name_norm) SELECT id, name_norm FROM c)
       SELECT id, name FROM c`,
      [names, names.map(normaliseCompanyName)],
    );
    return new Map(rows.map((r) => [r.name, r.id]));
  }

  type Answer = { id: string; name: string; similarity: number };
  const bounded = async (norm: string, lim: number, exceptId: string | null = null) =>
    (
      await c.query<Answer>(`SELECT id, name, similarity FROM company_similar($1, $2, $3, $4::uuid)`, [
        norm,
        THRESHOLD,
        lim,
        exceptId,
      ])
    ).rows;

  /** The unbounded search: every name at the threshold, best first (the function before the bound). */
  async function reference(norm: string, lim: number, exceptId: string | null = null): Promise<Answer[]> {
    await c.query('BEGIN');
    try {
      await c.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(THRESHOLD)]);
      const { rows } = await c.query<Answer>(
        `SELECT c.id, c.name, s.sim AS similarity
           FROM (SELECT n.company_id, max(similarity(n.name_norm, $1)) AS sim
                   FROM company_names n
                  WHERE n.name_norm % $1 AND n.company_id IS DISTINCT FROM $3::uuid
                  GROUP BY n.company_id) s
           JOIN companies c ON c.id = s.company_id
          WHERE s.sim >= $2
          ORDER BY s.sim DESC, c.name, c.id
          LIMIT $4`,
        [norm, THRESHOLD, exceptId, lim],
      );
      return rows;
    } finally {
      await c.query('COMMIT');
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    c = new Client({ connectionString: db.url });
    await c.connect();
  });
  afterAll(async () => {
    await c?.end();
    await db?.drop();
  });

  it('gives the unbounded answer on a register of real-looking names', async () => {
    const ids = await addCompanies(REGISTER);
    let nonEmpty = 0;
    for (const q of QUERIES) {
      const norm = normaliseCompanyName(q);
      const expected = await reference(norm, 5);
      if (expected.length > 0) nonEmpty += 1;
      expect({ q, answer: await bounded(norm, 5) }).toEqual({ q, answer: expected });
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(5); // the cases do find firms, not only nothing
    // Without the firm itself (as a create asks, excluding the company it links).
    const self = ids.get('山西晶科新能源有限公司')!;
    const without = await bounded('晶科新能源', 5, self);
    expect(without).toEqual(await reference('晶科新能源', 5, self));
    expect(without.map((a) => a.id)).not.toContain(self);
    expect((await bounded('晶科能源', 5))[0]).toMatchObject({ name: '晶科能源股份有限公司', similarity: 1 });
  });

  it('still names the best look-alikes first when more than the cap of names pass the threshold', async () => {
    const many = Array.from(
      { length: SIMILAR_CANDIDATE_CAP + 100 },
      (_, i) => `压测企业10000-${i + 1}有限公司`,
    );
    await addCompanies(many);
    const norm = normaliseCompanyName('压测企业10000-123有限公司');
    // The unbounded search really does find more names than the cap (the bound is exercised).
    expect((await reference(norm, 10_000)).length).toBeGreaterThan(SIMILAR_CANDIDATE_CAP);
    for (const lim of [1, 5]) expect(await bounded(norm, lim)).toEqual(await reference(norm, lim));
    // A longer answer: every firm in it is one the unbounded search finds, as alike, best first.
    const all = new Map((await reference(norm, 10_000)).map((a) => [a.id, a.similarity]));
    const long = await bounded(norm, 50);
    expect(long).toHaveLength(50);
    for (const a of long) expect(all.get(a.id)).toBe(a.similarity);
    const sims = long.map((a) => a.similarity);
    expect(sims).toEqual([...sims].sort((x, y) => y - x));
    // The real-looking register is answered as before beside the look-alikes.
    for (const q of QUERIES) {
      const qn = normaliseCompanyName(q);
      expect(await bounded(qn, 5)).toEqual(await reference(qn, 5));
    }
  });
});
