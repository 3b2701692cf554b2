import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `company_similar(norm, threshold, lim, except_id)`: the companies whose normalised name or alias looks like
 * `norm` (pg_trgm similarity ≥ `threshold`), best first, one row per company, without `except_id`.
 *
 * `%` prunes in the GIN trigram index by `pg_trgm.similarity_threshold`; the function sets it for its own run
 * only (the SET clause restores it at exit), so a caller needs no transaction around a `set_config` (was BEGIN,
 * set_config, the query, COMMIT: four round trips) and the check can sit inside another statement, such as
 * `POST /leads`' one INSERT.
 */
export class CompanySimilarFunction1796193515693 implements MigrationInterface {
  name = 'CompanySimilarFunction1796193515693';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION company_similar(norm text, threshold real, lim int, except_id uuid)
      RETURNS TABLE (id uuid, name text, similarity real)
      LANGUAGE plpgsql SET pg_trgm.similarity_threshold = 0.3 AS $$
      BEGIN
        PERFORM set_config('pg_trgm.similarity_threshold', threshold::text, true);
        RETURN QUERY
          SELECT c.id, c.name, s.sim
            FROM (SELECT n.company_id, max(similarity(n.name_norm, norm)) AS sim
                    FROM company_names n
                   WHERE n.name_norm % norm AND n.company_id IS DISTINCT FROM except_id
                   GROUP BY n.company_id) s
            JOIN companies c ON c.id = s.company_id
           WHERE s.sim >= threshold
           ORDER BY s.sim DESC, c.name, c.id
           LIMIT lim;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS company_similar(text, real, int, uuid)`);
  }
}
