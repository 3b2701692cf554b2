import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `lead_funnel_facts`: per lead, what the funnel needs from its transition history, kept exact by statement-level
 * triggers on `lead_transitions` (every insert, update or delete recomputes the facts of the leads it touched from
 * all their transitions, so the order rows arrive in does not matter). The funnel then reads one row per lead
 * instead of sorting every transition of the period. See libs/reports/src/funnel.repository.ts.
 *
 * - max_ord: the highest open stage (1 lead … 5 production) any transition came from or went to;
 * - first_ord / first_date: the first transition's from-stage (its order; null when reopened from lost) and date; the stay before it began at the lead's
 *   creation, whose zone date is applied at query time (the zone is configuration, not schema);
 * - stay_days[k]: days of the completed stays in stage k that began at a transition (the first stay excluded);
 * - stays[k]: how many completed stays in stage k (the first one included).
 */
export class LeadFunnelFacts1732730000001 implements MigrationInterface {
  name = 'LeadFunnelFacts1732730000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lead_funnel_facts (
        lead_id uuid PRIMARY KEY REFERENCES leads (id) ON DELETE CASCADE,
        max_ord smallint NULL,
        first_ord smallint NULL,
        first_date date NOT NULL,
        stay_days int[] NOT NULL,
        stays int[] NOT NULL
      )`);
    await q.query(`
      CREATE VIEW lead_funnel_facts_source AS
      WITH m AS (
        SELECT t.lead_id, t.from_stage, t.to_stage, t.date,
               lag(t.date) OVER w AS prev_date, row_number() OVER w AS rn
          FROM lead_transitions t
        WINDOW w AS (PARTITION BY t.lead_id ORDER BY t.at, t.id)
      )
      SELECT lead_id,
             max(greatest(array_position(s.o, from_stage), array_position(s.o, to_stage)))::smallint AS max_ord,
             min(array_position(s.o, from_stage)) FILTER (WHERE rn = 1)::smallint AS first_ord,
             min(date) FILTER (WHERE rn = 1) AS first_date,
             ARRAY[
               COALESCE(sum(date - prev_date) FILTER (WHERE rn > 1 AND from_stage = 'lead'), 0),
               COALESCE(sum(date - prev_date) FILTER (WHERE rn > 1 AND from_stage = 'signed'), 0),
               COALESCE(sum(date - prev_date) FILTER (WHERE rn > 1 AND from_stage = 'landed'), 0),
               COALESCE(sum(date - prev_date) FILTER (WHERE rn > 1 AND from_stage = 'construction'), 0),
               COALESCE(sum(date - prev_date) FILTER (WHERE rn > 1 AND from_stage = 'production'), 0)
             ]::int[] AS stay_days,
             ARRAY[
               count(*) FILTER (WHERE from_stage = 'lead'),
               count(*) FILTER (WHERE from_stage = 'signed'),
               count(*) FILTER (WHERE from_stage = 'landed'),
               count(*) FILTER (WHERE from_stage = 'construction'),
               count(*) FILTER (WHERE from_stage = 'production')
             ]::int[] AS stays
        FROM m, (SELECT ARRAY['lead','signed','landed','construction','production']::text[] AS o) s
       GROUP BY lead_id`);
    await q.query(`
      CREATE FUNCTION lead_funnel_facts_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM lead_funnel_facts f
         WHERE f.lead_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM lead_transitions t WHERE t.lead_id = f.lead_id);
        INSERT INTO lead_funnel_facts (lead_id, max_ord, first_ord, first_date, stay_days, stays)
        SELECT lead_id, max_ord, first_ord, first_date, stay_days, stays FROM lead_funnel_facts_source
         WHERE lead_id = ANY(ids)
        ON CONFLICT (lead_id) DO UPDATE SET max_ord = EXCLUDED.max_ord, first_ord = EXCLUDED.first_ord,
          first_date = EXCLUDED.first_date, stay_days = EXCLUDED.stay_days, stays = EXCLUDED.stays;
      $$`);
    await q.query(`
      CREATE FUNCTION lead_funnel_facts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM lead_funnel_facts_refresh(ARRAY(SELECT DISTINCT lead_id FROM new_rows));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION lead_funnel_facts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM lead_funnel_facts_refresh(
          ARRAY(SELECT lead_id FROM new_rows UNION SELECT lead_id FROM old_rows));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION lead_funnel_facts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM lead_funnel_facts_refresh(ARRAY(SELECT DISTINCT lead_id FROM old_rows));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER lead_funnel_facts_insert AFTER INSERT ON lead_transitions
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_facts_on_insert()`);
    await q.query(`
      CREATE TRIGGER lead_funnel_facts_update AFTER UPDATE ON lead_transitions
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_facts_on_update()`);
    await q.query(`
      CREATE TRIGGER lead_funnel_facts_delete AFTER DELETE ON lead_transitions
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_facts_on_delete()`);
    // Backfill whatever history exists already.
    await q.query(`
      INSERT INTO lead_funnel_facts (lead_id, max_ord, first_ord, first_date, stay_days, stays)
      SELECT lead_id, max_ord, first_ord, first_date, stay_days, stays FROM lead_funnel_facts_source`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS lead_funnel_facts_delete ON lead_transitions`);
    await q.query(`DROP TRIGGER IF EXISTS lead_funnel_facts_update ON lead_transitions`);
    await q.query(`DROP TRIGGER IF EXISTS lead_funnel_facts_insert ON lead_transitions`);
    await q.query(`DROP FUNCTION IF EXISTS lead_funnel_facts_on_delete()`);
    await q.query(`DROP FUNCTION IF EXISTS lead_funnel_facts_on_update()`);
    await q.query(`DROP FUNCTION IF EXISTS lead_funnel_facts_on_insert()`);
    await q.query(`DROP FUNCTION IF EXISTS lead_funnel_facts_refresh(uuid[])`);
    await q.query(`DROP VIEW IF EXISTS lead_funnel_facts_source`);
    await q.query(`DROP TABLE IF EXISTS lead_funnel_facts`);
  }
}
