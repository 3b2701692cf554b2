import { MigrationInterface, QueryRunner } from 'typeorm';
import { CompanySimilarFunction1796193515693 } from './1796193515693-company-similar-function';

/** Candidate names `company_similar` reads at one threshold before it raises the threshold. */
export const SIMILAR_CANDIDATE_CAP = 200;

/**
 * `company_similar` bounded: it reads at most `SIMILAR_CANDIDATE_CAP` + 1 candidate names per step (a `LIMIT`
 * under the GIN bitmap scan, so the heap recheck — fetching each name and computing its similarity, ~8 µs for a
 * Chinese name — stops there). When more names than that pass the threshold, it raises the threshold by 0.15
 * (which `%` prunes by, in the index) and reads again, up to 1.0.
 *
 * The answer: when no step overflowed, exactly the old one (every name ≥ `threshold` read, best first). When the
 * step at `t` overflowed and the next, `t + 0.15`, did not: every company at least `t + 0.15` alike (the exact top
 * of the old answer), then, if they are fewer than `lim`, the best of the first `cap` names read at `t` (each at
 * least `t` alike, not necessarily the best of them). The old function recomputed the similarity of every name
 * above the threshold: 20,000 look-alike generated names took ~300 ms per call, a million loaded names 390–527 ms.
 *
 * `enable_seqscan = off` for the function's run: with a `LIMIT` and thousands of names estimated to match, the
 * planner would rather walk the table computing every name's similarity until it has enough (all of them at a
 * million names when none match). Only the best `lim` candidates (ties included) are joined to `companies`.
 *
 * Also `fastupdate = off` on the trigram index: with it on, new names wait in the GIN pending list (up to 4 MB)
 * and every search reads that list through (a real name's check, 0.2 ms after VACUUM, took 72 ms with 20,000
 * names pending); now each insert puts its ~10 trigrams in the index itself.
 */
export class CompanySimilarBounded1796204533041 implements MigrationInterface {
  name = 'CompanySimilarBounded1796204533041';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION company_similar(norm text, threshold real, lim int, except_id uuid)
      RETURNS TABLE (id uuid, name text, similarity real)
      LANGUAGE plpgsql SET pg_trgm.similarity_threshold = 0.3 SET enable_seqscan = off AS $$
      DECLARE
        cap CONSTANT int := ${SIMILAR_CANDIDATE_CAP};
        t real := threshold;
        ids uuid[];
        sims real[];
        prev_ids uuid[];
        prev_sims real[];
      BEGIN
        LOOP
          PERFORM set_config('pg_trgm.similarity_threshold', t::text, true);
          SELECT array_agg(x.company_id), array_agg(x.s) INTO ids, sims
            FROM (SELECT n.company_id, similarity(n.name_norm, norm) AS s
                    FROM company_names n
                   WHERE n.name_norm % norm AND n.company_id IS DISTINCT FROM except_id
                   LIMIT cap + 1) x;
          EXIT WHEN coalesce(cardinality(ids), 0) <= cap OR t >= 1;
          prev_ids := ids;
          prev_sims := sims;
          t := least(t + 0.15, 1);
        END LOOP;
        RETURN QUERY
          WITH cur AS (
                 SELECT u.cid, max(u.s) AS sim FROM unnest(ids, sims) AS u(cid, s) GROUP BY u.cid),
               cand AS (
                 SELECT cur.cid, cur.sim FROM cur
                 UNION ALL
                 SELECT p.cid, max(p.s) FROM unnest(prev_ids, prev_sims) AS p(cid, s)
                  WHERE NOT EXISTS (SELECT 1 FROM cur WHERE cur.cid = p.cid)
                  GROUP BY p.cid),
               best AS (
                 SELECT cand.cid, cand.sim FROM (
                   SELECT cand.*, rank() OVER (ORDER BY cand.sim DESC) AS r FROM cand WHERE cand.sim >= threshold) cand
                  WHERE cand.r <= lim)
          SELECT c.id, c.name, best.sim
            FROM best JOIN companies c ON c.id = best.cid
           ORDER BY best.sim DESC, c.name, c.id
           LIMIT lim;
      END $$`);
    await q.query(`ALTER INDEX company_names_trgm_idx SET (fastupdate = off)`);
    await q.query(`SELECT gin_clean_pending_list('company_names_trgm_idx')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER INDEX company_names_trgm_idx SET (fastupdate = on)`);
    await q.query(`DROP FUNCTION IF EXISTS company_similar(text, real, int, uuid)`);
    await new CompanySimilarFunction1796193515693().up(q);
  }
}
