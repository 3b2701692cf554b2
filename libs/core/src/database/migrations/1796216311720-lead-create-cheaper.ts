import { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = `ARRAY['lead','signed','landed','construction','production']::text[]`;

/** A new lead's facts from its own row (as migration FunnelFactsNewLead). */
const FACTS_OF_NEW_ROWS = `
  SELECT n.id, (n.created_at AT TIME ZONE (SELECT time_zone FROM report_settings))::date, n.track, n.park,
         n.owner_id, n.planned_investment_wan, COALESCE(n.signed_amount_wan, n.planned_investment_wan),
         greatest(array_position(${STAGES}, n.stage), array_position(${STAGES}, n.lost_from_stage)),
         CASE WHEN n.stage = 'lost' THEN array_position(${STAGES}, COALESCE(n.lost_from_stage, 'lead')) END,
         NULL, NULL, NULL, NULL, NULL
    FROM new_rows n`;
const NEW_FACTS = `
  INSERT INTO lead_funnel_facts (lead_id, created_on, track, park, owner_id, planned, amount, reach, lost_ord,
                                 d1, d2, d3, d4, d5)
  ${FACTS_OF_NEW_ROWS}`;

/** The assignments of FunnelFactsNewLead's ON CONFLICT, from a row `x` of the same shape as the insert's. */
const FACT_SETS = `created_on = x.created_on, track = x.track, park = x.park, owner_id = x.owner_id,
  planned = x.planned, amount = x.amount, reach = x.reach, lost_ord = x.lost_ord,
  d1 = NULL, d2 = NULL, d3 = NULL, d4 = NULL, d5 = NULL`;

/**
 * The cockpit's summary deltas of inserted leads, as migration CockpitSummaries generated them (its
 * lead_cockpit_on_lead_insert, verbatim): each cohort a lead is in (signed, landed, started) and its investment sums.
 */
const COCKPIT_INSERT_DELTAS = `
        INSERT INTO lead_cockpit_month_deltas (kind, month, track, park, stage, n, amount)
        SELECT kind, month, track, park, stage, sum(s), sum(s * amount) FROM (SELECT *, 1 AS s FROM (
  SELECT v.kind, date_trunc('month', v.on_date)::date AS month, r.track, r.park, r.stage, r.id,
         v.amount
    FROM new_rows r
   CROSS JOIN LATERAL (VALUES
     ('signed', r.first_signed_at, COALESCE(r.signed_amount_wan, 0),
      ARRAY['signed', 'landed', 'construction', 'production']),
     ('landed', r.landed_at, 0::numeric, ARRAY['landed', 'construction', 'production']),
     ('started', r.construction_started_at, r.planned_investment_wan, ARRAY['construction', 'production'])
   ) AS v (kind, on_date, amount, stages)
   WHERE v.on_date IS NOT NULL AND r.stage = ANY (v.stages)) c) d GROUP BY 1, 2, 3, 4, 5
        HAVING sum(s) <> 0 OR sum(s * amount) <> 0;
        INSERT INTO lead_cockpit_investment_deltas (kind, month, track, park, stage, year, n, paid, completed)
        SELECT kind, month, track, park, stage, year, sum(s), sum(s * paid), sum(s * completed) FROM (SELECT *, 1 AS s FROM (
  SELECT c.kind, c.month, c.track, c.park, c.stage, i.year, i.paid_in_wan AS paid, i.completed_wan AS completed
    FROM (
  SELECT v.kind, date_trunc('month', v.on_date)::date AS month, r.track, r.park, r.stage, r.id,
         v.amount
    FROM new_rows r
   CROSS JOIN LATERAL (VALUES
     ('signed', r.first_signed_at, COALESCE(r.signed_amount_wan, 0),
      ARRAY['signed', 'landed', 'construction', 'production']),
     ('landed', r.landed_at, 0::numeric, ARRAY['landed', 'construction', 'production']),
     ('started', r.construction_started_at, r.planned_investment_wan, ARRAY['construction', 'production'])
   ) AS v (kind, on_date, amount, stages)
   WHERE v.on_date IS NOT NULL AND r.stage = ANY (v.stages)) c JOIN lead_investment_years i ON i.lead_id = c.id
   WHERE c.kind IN ('signed', 'started')) x) d
         GROUP BY 1, 2, 3, 4, 5, 6
        HAVING sum(s) <> 0 OR sum(s * paid) <> 0 OR sum(s * completed) <> 0;`;

/**
 * `POST /leads` cheaper in PostgreSQL (issue 12), two things a create paid for on every call:
 *
 * - `lead_name_grams`, the expression of the GIN index `leads_name_grams_idx`, was a `LANGUAGE sql` function that
 *   cannot be inlined (an aggregate), so every index insert planned its query afresh: ~0.85 ms per create under
 *   load (pg_stat_user_functions), as much as the company's find-or-create. As plpgsql with no query inside (a loop
 *   of substr) it returns the same array, element for element (test/leads/lead-name-grams checks both definitions
 *   agree on any text), so the index stays valid without a rebuild.
 * - The new lead's funnel facts were written with `INSERT … ON CONFLICT DO UPDATE`, and PostgreSQL fires the
 *   statement triggers of both INSERT and UPDATE for such a statement: every create ran
 *   `lead_funnel_deltas_on_update` (two aggregations over empty transition tables) for nothing. A lead being
 *   inserted has no facts yet, so the update only runs when one has (a probe on the primary key first); the facts
 *   and the summary deltas are the same as before (test/reports/summary-deltas).
 * - The cockpit's insert trigger ran its two aggregating inserts for every create, though a lead enters its
 *   cohorts only with a signing, landing or construction date (a new lead has none): it returns first when no
 *   inserted row has one. Imports of leads already signed still append their deltas (test/reports/cockpit).
 * - `leads_open_deadline_idx (stage_deadline) WHERE <open with a deadline>` duplicates the leading column and the
 *   predicate of `leads_overdue_cover_idx (stage_deadline) INCLUDE (…)`, which serves every scan it served: one
 *   index fewer to write per create and per deadline change.
 */
export class LeadCreateCheaper1796216311720 implements MigrationInterface {
  name = 'LeadCreateCheaper1796216311720';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION lead_name_grams(name text) RETURNS text[]
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
        DECLARE
          t text := lower(name);
          n int := char_length(t);
          g text[] := '{}';
        BEGIN
          FOR i IN 1..n LOOP
            g := array_append(g, substr(t, i, 1));
            IF i < n THEN g := array_append(g, substr(t, i, 2)); END IF;
          END LOOP;
          RETURN g;
        END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION lead_funnel_facts_on_lead_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM new_rows n JOIN lead_funnel_facts f ON f.lead_id = n.id) THEN
          UPDATE lead_funnel_facts f SET ${FACT_SETS}
            FROM (${FACTS_OF_NEW_ROWS}) x (lead_id, created_on, track, park, owner_id, planned, amount, reach, lost_ord)
           WHERE f.lead_id = x.lead_id;
          ${NEW_FACTS}
           WHERE NOT EXISTS (SELECT 1 FROM lead_funnel_facts f WHERE f.lead_id = n.id);
        ELSE
          ${NEW_FACTS};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION lead_cockpit_on_lead_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM new_rows r
                        WHERE r.first_signed_at IS NOT NULL OR r.landed_at IS NOT NULL
                           OR r.construction_started_at IS NOT NULL) THEN
          RETURN NULL;
        END IF;
        ${COCKPIT_INSERT_DELTAS}
        RETURN NULL;
      END $$`);
    await q.query(`DROP INDEX IF EXISTS leads_open_deadline_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION lead_name_grams(name text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT coalesce(array_agg(g), '{}')
            FROM (SELECT lower(name) AS t) s,
                 LATERAL generate_series(1, char_length(s.t)) AS i,
                 LATERAL (VALUES (substr(s.t, i, 1)), (CASE WHEN i < char_length(s.t) THEN substr(s.t, i, 2) END)) v(g)
           WHERE g IS NOT NULL
        $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION lead_funnel_facts_on_lead_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${NEW_FACTS}
        ON CONFLICT (lead_id) DO UPDATE SET created_on = EXCLUDED.created_on, track = EXCLUDED.track,
          park = EXCLUDED.park, owner_id = EXCLUDED.owner_id, planned = EXCLUDED.planned, amount = EXCLUDED.amount,
          reach = EXCLUDED.reach, lost_ord = EXCLUDED.lost_ord, d1 = NULL, d2 = NULL, d3 = NULL, d4 = NULL,
          d5 = NULL;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION lead_cockpit_on_lead_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${COCKPIT_INSERT_DELTAS}
        RETURN NULL;
      END $$`);
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      CREATE INDEX IF NOT EXISTS leads_open_deadline_idx ON leads (stage_deadline)
       WHERE stage NOT IN ('production', 'lost') AND stage_deadline IS NOT NULL`);
  }
}
