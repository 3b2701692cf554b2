import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Above this many leads a refresh is planned for its ids, as before: the generic plan suits the everyday write's
 * one lead (0.2–0.6 ms against 10–17 ms), but grows worse than a custom plan from 10–20 leads on (100 leads: 61 ms
 * against 10; 999: 412 against 165), as in an import or a full refresh.
 */
export const FUNNEL_REFRESH_FEW = 8;

/**
 * The funnel facts' refresh planned once per connection. `lead_funnel_facts_refresh(ids)` was a LANGUAGE sql
 * function, planned on every call: joining the leads to `lead_funnel_facts_source` (a window over their
 * transitions) took 10–22 ms to plan and under 1 ms to run. Every update of a lead (the facts' trigger calls it
 * even when no column the facts copy changed: an empty array) and every transition's insert called it, so it was
 * the largest part of PATCH /leads/:id, POST /leads/:id/activities and POST /leads/:id/transitions in PostgreSQL
 * (pg_stat_user_functions at 10k leads, 50 connections: 13.5 ms per call, called once per PATCH and activity and
 * twice per transition).
 *
 * Now the same two statements (copied from the old function's own text, so they cannot drift) run in a plpgsql
 * function whose plans are cached per connection, forced generic (the plan cache's own choice was a custom plan
 * each time: generic 0.6 ms per call against 2.5–10 ms); an empty array returns at once (the statements fired
 * the facts' delta triggers even with no rows). More than FUNNEL_REFRESH_FEW ids (imports, a full refresh) go to
 * the old function, kept as `lead_funnel_facts_refresh_set`, which plans for the ids it is given.
 */
export class FunnelRefreshPlannedOnce1796227873617 implements MigrationInterface {
  name = 'FunnelRefreshPlannedOnce1796227873617';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER FUNCTION lead_funnel_facts_refresh(uuid[]) RENAME TO lead_funnel_facts_refresh_set`);
    await q.query(`
      DO $do$
      DECLARE body text := (SELECT prosrc FROM pg_proc WHERE oid = 'lead_funnel_facts_refresh_set(uuid[])'::regprocedure);
      BEGIN
        EXECUTE format($f$
          CREATE FUNCTION lead_funnel_facts_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql
          SET plan_cache_mode = force_generic_plan AS %L$f$,
          'BEGIN
             IF cardinality(ids) IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
             IF cardinality(ids) > ${FUNNEL_REFRESH_FEW} THEN
               PERFORM lead_funnel_facts_refresh_set(ids);
               RETURN;
             END IF;' || regexp_replace(body, ';[[:space:]]*$', '') || ';
           END');
      END $do$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION lead_funnel_facts_refresh(uuid[])`);
    await q.query(`ALTER FUNCTION lead_funnel_facts_refresh_set(uuid[]) RENAME TO lead_funnel_facts_refresh`);
  }
}
