import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `lead_funnel_facts` becomes one narrow row per lead holding everything the funnel filters, groups and sums on,
 * so the funnel is a scan of this table alone (no join to the wide `leads` rows, no per-row array unpacking).
 * Kept exact by statement-level triggers on `leads` (insert; update of any column the facts copy) as well as on
 * `lead_transitions` (every insert, update or delete, as before): both recompute the touched leads' rows from
 * `leads` and all their transitions, so the order rows arrive in does not matter. A deleted lead's row goes with
 * it (foreign key cascade, and the refresh deletes rows of leads that no longer exist).
 *
 * Columns (stage orders: 1 lead … 5 production):
 * - created_on, track, park, owner_id: the funnel's filters; created_on is the zone date of creation, in the
 *   zone stored in `report_settings` (the app calls `lead_funnel_use_zone(<configured zone>)` before reading,
 *   which recomputes every row in the rare case the configured zone changed);
 * - planned / amount: planned investment, and the signed amount (planned when none was recorded);
 * - reach: the highest stage the lead reached (current stage, lost_from_stage, any transition's from or to);
 * - lost_ord: for a lost lead, the order of the stage it was lost from (`lead` when unrecorded), else null;
 * - d1..d5: days of the completed stays in stage k (each closed by a transition; the first began on created_on,
 *   the others at the previous transition's date), null when the lead never left stage k.
 */
export class FunnelFactsPerLead1732740000000 implements MigrationInterface {
  name = 'FunnelFactsPerLead1732740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE lead_funnel_facts`);
    await q.query(`
      CREATE TABLE lead_funnel_facts (
        lead_id uuid PRIMARY KEY REFERENCES leads (id) ON DELETE CASCADE,
        created_on date NOT NULL,
        track text NOT NULL,
        park text NULL,
        owner_id uuid NOT NULL,
        planned numeric(16, 4) NOT NULL,
        amount numeric(16, 4) NOT NULL,
        reach smallint NULL,
        lost_ord smallint NULL,
        d1 int NULL,
        d2 int NULL,
        d3 int NULL,
        d4 int NULL,
        d5 int NULL
      ) WITH (fillfactor = 90)`);
    await q.query(`CREATE INDEX lead_funnel_facts_created_idx ON lead_funnel_facts (created_on)`);
    await q.query(`
      CREATE TABLE report_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        time_zone text NOT NULL
      )`);
    await q.query(`INSERT INTO report_settings (time_zone) VALUES ('Asia/Shanghai')`);
    await q.query(`CREATE INDEX lead_funnel_facts_owner_idx ON lead_funnel_facts (owner_id)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION lead_funnel_facts_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM lead_funnel_facts f
         WHERE f.lead_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.id = f.lead_id);
        INSERT INTO lead_funnel_facts (lead_id, created_on, track, park, owner_id, planned, amount, reach, lost_ord,
                                       d1, d2, d3, d4, d5)
        SELECT l.id, c.created_on, l.track, l.park, l.owner_id, l.planned_investment_wan,
               COALESCE(l.signed_amount_wan, l.planned_investment_wan),
               greatest(array_position(o.o, l.stage), array_position(o.o, l.lost_from_stage), s.max_ord),
               CASE WHEN l.stage = 'lost' THEN array_position(o.o, COALESCE(l.lost_from_stage, 'lead')) END,
               ${[1, 2, 3, 4, 5]
                 .map(
                   (k) => `CASE WHEN s.stays[${k}] > 0 THEN s.stay_days[${k}]
                   + CASE WHEN s.first_ord = ${k} THEN s.first_date - c.created_on ELSE 0 END END`,
                 )
                 .join(',\n               ')}
          FROM leads l
          CROSS JOIN (SELECT ARRAY['lead','signed','landed','construction','production']::text[] AS o) o
          CROSS JOIN LATERAL (
            SELECT (l.created_at AT TIME ZONE (SELECT time_zone FROM report_settings))::date AS created_on) c
          LEFT JOIN (SELECT * FROM lead_funnel_facts_source WHERE lead_id = ANY(ids)) s ON s.lead_id = l.id
         WHERE l.id = ANY(ids)
        ON CONFLICT (lead_id) DO UPDATE SET created_on = EXCLUDED.created_on, track = EXCLUDED.track,
          park = EXCLUDED.park, owner_id = EXCLUDED.owner_id, planned = EXCLUDED.planned, amount = EXCLUDED.amount,
          reach = EXCLUDED.reach, lost_ord = EXCLUDED.lost_ord, d1 = EXCLUDED.d1, d2 = EXCLUDED.d2, d3 = EXCLUDED.d3,
          d4 = EXCLUDED.d4, d5 = EXCLUDED.d5;
      $$`);
    await q.query(`
      CREATE FUNCTION lead_funnel_facts_on_lead_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM lead_funnel_facts_refresh(ARRAY(SELECT id FROM new_rows));
        RETURN NULL;
      END $$`);
    // Only the columns the facts copy matter: activity logging, deadlines, notes … leave the facts alone.
    await q.query(`
      CREATE FUNCTION lead_funnel_facts_on_lead_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM lead_funnel_facts_refresh(ARRAY(
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (n.created_at, n.track, n.park, n.owner_id, n.planned_investment_wan, n.signed_amount_wan,
                  n.stage, n.lost_from_stage)
                 IS DISTINCT FROM
                 (o.created_at, o.track, o.park, o.owner_id, o.planned_investment_wan, o.signed_amount_wan,
                  o.stage, o.lost_from_stage)
          UNION SELECT n.id FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id)
          UNION SELECT o.id FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER lead_funnel_facts_lead_insert AFTER INSERT ON leads
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_facts_on_lead_insert()`);
    await q.query(`
      CREATE TRIGGER lead_funnel_facts_lead_update AFTER UPDATE ON leads
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_facts_on_lead_update()`);
    // The app states its zone before reading; a different one re-dates every lead (set-based, once).
    await q.query(`
      CREATE FUNCTION lead_funnel_use_zone(zone text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT time_zone FROM report_settings) IS DISTINCT FROM zone THEN
          UPDATE report_settings SET time_zone = zone;
          PERFORM lead_funnel_facts_refresh(ARRAY(SELECT id FROM leads));
        END IF;
      END $$`);
    // Backfill every lead.
    await q.query(`SELECT lead_funnel_facts_refresh(ARRAY(SELECT id FROM leads))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS lead_funnel_facts_lead_update ON leads`);
    await q.query(`DROP TRIGGER IF EXISTS lead_funnel_facts_lead_insert ON leads`);
    await q.query(`DROP FUNCTION IF EXISTS lead_funnel_facts_on_lead_update()`);
    await q.query(`DROP FUNCTION IF EXISTS lead_funnel_facts_on_lead_insert()`);
    await q.query(`DROP FUNCTION IF EXISTS lead_funnel_use_zone(text)`);
    await q.query(`DROP TABLE lead_funnel_facts`);
    await q.query(`DROP TABLE report_settings`);
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
      CREATE OR REPLACE FUNCTION lead_funnel_facts_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM lead_funnel_facts f
         WHERE f.lead_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM lead_transitions t WHERE t.lead_id = f.lead_id);
        INSERT INTO lead_funnel_facts (lead_id, max_ord, first_ord, first_date, stay_days, stays)
        SELECT lead_id, max_ord, first_ord, first_date, stay_days, stays FROM lead_funnel_facts_source
         WHERE lead_id = ANY(ids)
        ON CONFLICT (lead_id) DO UPDATE SET max_ord = EXCLUDED.max_ord, first_ord = EXCLUDED.first_ord,
          first_date = EXCLUDED.first_date, stay_days = EXCLUDED.stay_days, stays = EXCLUDED.stays;
      $$`);
    await q.query(`
      INSERT INTO lead_funnel_facts (lead_id, max_ord, first_ord, first_date, stay_days, stays)
      SELECT lead_id, max_ord, first_ord, first_date, stay_days, stays FROM lead_funnel_facts_source`);
  }
}
