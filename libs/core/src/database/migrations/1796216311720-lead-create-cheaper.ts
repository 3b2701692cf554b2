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

/** Migration FunnelSummaryDeltas' lead_funnel_deltas_on_insert, its two appends (`guardDays`: the second only when
 * some inserted facts have a stay). */
const FUNNEL_ROWS = `(SELECT date_trunc('month', created_on)::date AS month, track, park, reach, lost_ord, planned, amount,
                         d1, d2, d3, d4, d5, s FROM (SELECT created_on, track, park, reach, lost_ord, planned, amount, d1, d2, d3, d4, d5, 1 AS s FROM new_rows) x)`;
const funnelDeltasOnInsert = (guardDays: boolean) => `
  CREATE OR REPLACE FUNCTION lead_funnel_deltas_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO lead_funnel_month_deltas (month, track, park, reach, lost_ord, n, planned, amount)
    SELECT month, track, park, reach, lost_ord, sum(s), sum(s * planned), sum(s * amount)
      FROM ${FUNNEL_ROWS} d GROUP BY 1, 2, 3, 4, 5
    HAVING sum(s) <> 0 OR sum(s * planned) <> 0 OR sum(s * amount) <> 0;
    ${guardDays ? 'IF EXISTS (SELECT 1 FROM new_rows WHERE num_nonnulls(d1, d2, d3, d4, d5) > 0) THEN' : ''}
    INSERT INTO lead_funnel_month_day_deltas (month, track, park, k, days, n)
    SELECT d.month, d.track, d.park, v.k, v.days, sum(d.s)
      FROM ${FUNNEL_ROWS} d
     CROSS JOIN LATERAL (VALUES (1, d.d1), (2, d.d2), (3, d.d3), (4, d.d4), (5, d.d5)) AS v (k, days)
     WHERE v.days IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.s) <> 0;
    ${guardDays ? 'END IF;' : ''}
    RETURN NULL;
  END $$`;

/** Indexes on `leads` another index serves in full (the same key and predicate, more columns). */
const DUPLICATE_INDEXES = [
  {
    name: 'leads_open_deadline_idx',
    definition: `(stage_deadline) WHERE stage NOT IN ('production', 'lost') AND stage_deadline IS NOT NULL`,
  },
  { name: 'leads_first_signed_idx', definition: `(first_signed_at) WHERE first_signed_at IS NOT NULL` },
  {
    name: 'leads_construction_started_idx',
    definition: `(construction_started_at) WHERE construction_started_at IS NOT NULL`,
  },
];

/** The live lead events' log (LiveLeadEvents): up to 1,000 changed leads a statement, in one statement or two. */
const notifyLeads = (oneStatement: boolean) => `
  CREATE OR REPLACE FUNCTION luodi_notify_leads() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${
      oneStatement
        ? `INSERT INTO live_lead_events (lead_id, version) SELECT id, version FROM changed_leads
        WHERE (SELECT count(*) FROM (SELECT 1 FROM changed_leads LIMIT 1001) c) <= 1000;`
        : `IF (SELECT count(*) FROM (SELECT 1 FROM changed_leads LIMIT 1001) c) <= 1000 THEN
      INSERT INTO live_lead_events (lead_id, version) SELECT id, version FROM changed_leads;
    END IF;`
    }
    RETURN NULL;
  END $$`;

/**
 * `POST /leads` cheaper in PostgreSQL (issue 12): work a create paid for on every call, for nothing.
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
 *   inserted row has one. Imports of leads already signed still append their deltas (test/reports/cockpit-summaries).
 * - Two statements fewer per create in the other insert triggers: the facts' delta trigger appends stays by month
 *   only when an inserted fact has a stay (a new lead's have none), and the live events' log counts and appends in
 *   one statement.
 * - Three indexes on `leads` that repeat another's key and predicate with fewer columns, so the other serves every
 *   scan they served: `leads_open_deadline_idx` (`leads_overdue_cover_idx`), `leads_first_signed_idx`
 *   (`leads_first_signed_cover_idx`), `leads_construction_started_idx` (`leads_construction_cohort_idx`). Every
 *   insert opens and locks each index of the table, partial or not, and a create takes ~83 relation locks, most
 *   past the 16 fast-path slots, so through the lock manager's shared partitions (`LWLock:LockManager` was the
 *   commonest wait under 40 concurrent creates): three fewer, and one index fewer to write per create.
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
    await q.query(funnelDeltasOnInsert(true));
    await q.query(notifyLeads(true));
    for (const index of DUPLICATE_INDEXES) await q.query(`DROP INDEX IF EXISTS ${index.name}`);
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
    await q.query(funnelDeltasOnInsert(false));
    await q.query(notifyLeads(false));
    // Rebuilding reads every lead: no 30 s statement limit here.
    await q.query(`SET LOCAL statement_timeout = 0`);
    for (const index of DUPLICATE_INDEXES)
      await q.query(`CREATE INDEX IF NOT EXISTS ${index.name} ON leads ${index.definition}`);
  }
}
