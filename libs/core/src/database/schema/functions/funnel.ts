/**
 * The funnel's per-lead facts and their monthly summaries, kept exact by statement-level triggers.
 *
 * `lead_funnel_facts` holds one narrow row per lead with everything the funnel filters, groups and sums on, so
 * the funnel is a scan of this table alone. It is recomputed for the touched leads from `leads` and all their
 * transitions (via the view `lead_funnel_facts_source`) on every insert of a lead, every update of a column the
 * facts copy, and every insert, update or delete of a transition, so the order rows arrive in does not matter.
 * Columns (stage orders: 1 lead … 5 production):
 * - created_on, track, park, owner_id: the funnel's filters; created_on is the zone date of creation, in the
 *   zone stored in `report_settings` (the app calls `lead_funnel_use_zone(<configured zone>)` before reading,
 *   which recomputes every row in the rare case the configured zone changed);
 * - planned / amount: planned investment, and the signed amount (planned when none was recorded);
 * - reach: the highest stage the lead reached (current stage, lost_from_stage, any transition's from or to);
 * - lost_ord: for a lost lead, the order of the stage it was lost from (`lead` when unrecorded), else null;
 * - d1..d5: days of the completed stays in stage k (each closed by a transition; the first began on created_on,
 *   the others at the previous transition's date), null when the lead never left stage k.
 *
 * `lead_funnel_months` / `lead_funnel_month_days` sum the facts per creation month (and the histogram of days per
 * stage, for exact medians): triggers on the facts add each statement's new rows and subtract its old rows; groups
 * that drop to zero leads are deleted; upserts take keys in sorted order so writers queue rather than deadlock.
 */
export const FUNNEL_FACTS = `
  CREATE FUNCTION lead_funnel_facts_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM lead_funnel_facts f
     WHERE f.lead_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.id = f.lead_id);
    INSERT INTO lead_funnel_facts (lead_id, created_on, track, park, owner_id, planned, amount, reach, lost_ord,
                                   d1, d2, d3, d4, d5)
    SELECT l.id, c.created_on, l.track, l.park, l.owner_id, l.planned_investment_wan,
           COALESCE(l.signed_amount_wan, l.planned_investment_wan),
           greatest(array_position(o.o, l.stage), array_position(o.o, l.lost_from_stage), s.max_ord),
           CASE WHEN l.stage = 'lost' THEN array_position(o.o, COALESCE(l.lost_from_stage, 'lead')) END,
           CASE WHEN s.stays[1] > 0 THEN s.stay_days[1]
             + CASE WHEN s.first_ord = 1 THEN s.first_date - c.created_on ELSE 0 END END,
           CASE WHEN s.stays[2] > 0 THEN s.stay_days[2]
             + CASE WHEN s.first_ord = 2 THEN s.first_date - c.created_on ELSE 0 END END,
           CASE WHEN s.stays[3] > 0 THEN s.stay_days[3]
             + CASE WHEN s.first_ord = 3 THEN s.first_date - c.created_on ELSE 0 END END,
           CASE WHEN s.stays[4] > 0 THEN s.stay_days[4]
             + CASE WHEN s.first_ord = 4 THEN s.first_date - c.created_on ELSE 0 END END,
           CASE WHEN s.stays[5] > 0 THEN s.stay_days[5]
             + CASE WHEN s.first_ord = 5 THEN s.first_date - c.created_on ELSE 0 END END
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
  $$;

  -- The app states its zone before reading; a different one re-dates every lead (set-based, once).
  CREATE FUNCTION lead_funnel_use_zone(zone text) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF (SELECT time_zone FROM report_settings) IS DISTINCT FROM zone THEN
      UPDATE report_settings SET time_zone = zone;
      PERFORM lead_funnel_facts_refresh(ARRAY(SELECT id FROM leads));
    END IF;
  END $$;

  -- Transitions: every insert, update or delete refreshes the leads it touched.
  CREATE FUNCTION lead_funnel_facts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM lead_funnel_facts_refresh(ARRAY(SELECT DISTINCT lead_id FROM new_rows));
    RETURN NULL;
  END $$;
  CREATE FUNCTION lead_funnel_facts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM lead_funnel_facts_refresh(
      ARRAY(SELECT lead_id FROM new_rows UNION SELECT lead_id FROM old_rows));
    RETURN NULL;
  END $$;
  CREATE FUNCTION lead_funnel_facts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM lead_funnel_facts_refresh(ARRAY(SELECT DISTINCT lead_id FROM old_rows));
    RETURN NULL;
  END $$;
  CREATE TRIGGER lead_funnel_facts_insert AFTER INSERT ON lead_transitions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_facts_on_insert();
  CREATE TRIGGER lead_funnel_facts_update AFTER UPDATE ON lead_transitions
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_facts_on_update();
  CREATE TRIGGER lead_funnel_facts_delete AFTER DELETE ON lead_transitions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_facts_on_delete();

  -- Leads: an insert, or an update of a column the facts copy (activity logging, deadlines, notes … do not).
  CREATE FUNCTION lead_funnel_facts_on_lead_insert() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM lead_funnel_facts_refresh(ARRAY(SELECT id FROM new_rows));
    RETURN NULL;
  END $$;
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
  END $$;
  CREATE TRIGGER lead_funnel_facts_lead_insert AFTER INSERT ON leads
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_facts_on_lead_insert();
  CREATE TRIGGER lead_funnel_facts_lead_update AFTER UPDATE ON leads
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_facts_on_lead_update();
`;

/**
 * One trigger function per kind of statement on the facts: `delta` selects the statement's rows with their sign
 * `s` (+1 for new rows, -1 for old ones); groups whose net change is zero are skipped, so they are not even locked.
 */
function monthsTrigger(name: string, delta: string): string {
  const d = `(SELECT date_trunc('month', created_on)::date AS month, track, park, reach, lost_ord, planned, amount,
                     d1, d2, d3, d4, d5, s FROM (${delta}) x)`;
  return `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO lead_funnel_months AS m (month, track, park, reach, lost_ord, n, planned, amount)
    SELECT month, track, park, reach, lost_ord, sum(s), sum(s * planned), sum(s * amount)
      FROM ${d} d GROUP BY 1, 2, 3, 4, 5
    HAVING sum(s) <> 0 OR sum(s * planned) <> 0 OR sum(s * amount) <> 0
     ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ON CONSTRAINT lead_funnel_months_key DO UPDATE
      SET n = m.n + EXCLUDED.n, planned = m.planned + EXCLUDED.planned, amount = m.amount + EXCLUDED.amount;
    INSERT INTO lead_funnel_month_days AS m (month, track, park, k, days, n)
    SELECT d.month, d.track, d.park, v.k, v.days, sum(d.s)
      FROM ${d} d
     CROSS JOIN LATERAL (VALUES (1, d.d1), (2, d.d2), (3, d.d3), (4, d.d4), (5, d.d5)) AS v (k, days)
     WHERE v.days IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.s) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ON CONSTRAINT lead_funnel_month_days_key DO UPDATE SET n = m.n + EXCLUDED.n;
    DELETE FROM lead_funnel_months m WHERE m.n = 0 AND m.month IN (SELECT month FROM ${d} d);
    DELETE FROM lead_funnel_month_days m WHERE m.n = 0 AND m.month IN (SELECT month FROM ${d} d);
    RETURN NULL;
  END $$;`;
}
const FACT_COLUMNS = `created_on, track, park, reach, lost_ord, planned, amount, d1, d2, d3, d4, d5`;

export const FUNNEL_MONTHS = `
  ${monthsTrigger('lead_funnel_months_on_insert', `SELECT ${FACT_COLUMNS}, 1 AS s FROM new_rows`)}
  ${monthsTrigger(
    'lead_funnel_months_on_update',
    `SELECT ${FACT_COLUMNS}, 1 AS s FROM new_rows UNION ALL SELECT ${FACT_COLUMNS}, -1 FROM old_rows`,
  )}
  ${monthsTrigger('lead_funnel_months_on_delete', `SELECT ${FACT_COLUMNS}, -1 AS s FROM old_rows`)}
  CREATE TRIGGER lead_funnel_months_insert AFTER INSERT ON lead_funnel_facts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_months_on_insert();
  CREATE TRIGGER lead_funnel_months_update AFTER UPDATE ON lead_funnel_facts
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_months_on_update();
  CREATE TRIGGER lead_funnel_months_delete AFTER DELETE ON lead_funnel_facts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_months_on_delete();

  -- TRUNCATE bypasses the row triggers: emptying the facts empties their summaries too.
  CREATE FUNCTION lead_funnel_months_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE lead_funnel_months, lead_funnel_month_days;
    RETURN NULL;
  END $$;
  CREATE TRIGGER lead_funnel_months_truncate AFTER TRUNCATE ON lead_funnel_facts
  FOR EACH STATEMENT EXECUTE FUNCTION lead_funnel_months_on_truncate();
`;
