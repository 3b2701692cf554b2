import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `POST /leads` cheaper (issue 12): the lead's company is found by its normalised name among the registered
 * names and aliases (`company_find_or_create`: `company_names.name_norm = norm`, run for every create of a firm
 * not found by its own name, i.e. every new firm). `company_names` had no index on `name_norm` alone (its primary
 * key starts with `company_id`), so the equality was served by the trigram GIN index: the posting lists of all
 * the name's trigrams read and intersected, then each candidate rechecked. On a 10k-lead bench database (~11k
 * companies) 500 lookups of unregistered names took 7–30 ms warm (0.3–0.9 ms for a cold one), with the btree
 * 2.8–3.5 ms; the GIN's share grows with the register (a common trigram such as 新能源's is in every such firm's
 * posting list). The btree costs one more small index entry per name.
 */
export class CompanyNameLookupIndex1796227902279 implements MigrationInterface {
  name = 'CompanyNameLookupIndex1796227902279';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS company_names_name_norm_idx ON company_names (name_norm)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS company_names_name_norm_idx`);
  }
}
