import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `POST /leads` cheaper (issue 12): the lead's company is found by its normalised name among the registered
 * names and aliases (`company_find_or_create`: `company_names.name_norm = norm`, run for every create of a firm
 * not found by its own name, i.e. every new firm). `company_names` had no index on `name_norm` alone (its primary
 * key starts with `company_id`), so the equality was served by the trigram GIN index: every trigram's posting
 * list read and each candidate rechecked, 0.3–0.9 ms per create on a 10k-lead bench database, growing with the
 * register. A btree on the name makes it one probe (~0.02 ms); it costs one more (small) index entry per name.
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
