import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `GET /leads?q=` with one or two characters (晶科, 锂): the trigram index cannot serve a pattern shorter than
 * three characters, so such a search read every lead (768 ms at 1M). This indexes each lead's name text
 * (`company_name || ' ' || project_name`, as the list matches it) by its lower-cased characters and character
 * pairs; the list adds `lead_name_grams(...) @> ARRAY[lower(q)]` for a `q` of one or two characters beside the
 * ILIKE (which stays the exact test). An expression index, so no column is added to `leads`.
 */
export class LeadNameBigrams1796183067813 implements MigrationInterface {
  name = 'LeadNameBigrams1796183067813';

  async up(q: QueryRunner): Promise<void> {
    // Building the index reads every lead (about a minute at 1M on a busy machine): no 30 s statement limit here.
    await q.query(`SET LOCAL statement_timeout = 0`);
    // Duplicates are left in: GIN keeps each key once per row anyway.
    await q.query(`
      CREATE FUNCTION lead_name_grams(name text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT coalesce(array_agg(g), '{}')
            FROM (SELECT lower(name) AS t) s,
                 LATERAL generate_series(1, char_length(s.t)) AS i,
                 LATERAL (VALUES (substr(s.t, i, 1)), (CASE WHEN i < char_length(s.t) THEN substr(s.t, i, 2) END)) v(g)
           WHERE g IS NOT NULL
        $$`);
    await q.query(
      `CREATE INDEX leads_name_grams_idx ON leads USING gin (lead_name_grams(company_name || ' ' || project_name))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS leads_name_grams_idx`);
    await q.query(`DROP FUNCTION IF EXISTS lead_name_grams(text)`);
  }
}
