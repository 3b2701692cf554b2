import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `lead_lost_reason_months`: the lost leads per creation month (in the zone of `report_settings`, as the funnel's
 * facts), track, park and lost reason (trimmed, null when blank), kept exact by statement-level triggers on
 * `leads`. The funnel's lost reasons read whole months here instead of counting every lost lead of the period:
 * unfiltered at 1M leads that counted 250,000 index entries per call (55 ms in three processes, the funnel's
 * largest CPU cost under load). Partial months and owner-filtered funnels still read `leads`.
 *
 * Only lost leads are counted, so creating, editing and moving open leads writes nothing here (their +1 and −1
 * cancel before any row is touched); losing a lead, reopening it or changing a lost lead's reason, track or park
 * moves one count. `lead_funnel_use_zone` recounts the table when the configured zone changes.
 */
const MONTH = `date_trunc('month', r.created_at AT TIME ZONE (SELECT time_zone FROM report_settings))::date`;
const REASON = `NULLIF(btrim(r.lost_reason), '')`;

/** One trigger function per kind of statement: `rows` selects a statement's leads with their sign `s`. */
function countsTrigger(name: string, rows: string): string {
  return `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO lead_lost_reason_months AS m (month, track, park, reason, n)
    SELECT ${MONTH}, r.track, r.park, ${REASON}, sum(r.s)
      FROM (${rows}) r WHERE r.stage = 'lost'
     GROUP BY 1, 2, 3, 4 HAVING sum(r.s) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ON CONSTRAINT lead_lost_reason_months_key DO UPDATE SET n = m.n + EXCLUDED.n;
    RETURN NULL;
  END $$;`;
}
const COLUMNS = 'created_at, track, park, lost_reason, stage';

const RECOUNT = `
    DELETE FROM lead_lost_reason_months;
    INSERT INTO lead_lost_reason_months (month, track, park, reason, n)
    SELECT ${MONTH}, r.track, r.park, ${REASON}, count(*) FROM leads r WHERE r.stage = 'lost' GROUP BY 1, 2, 3, 4;`;

const UP = `
  CREATE TABLE lead_lost_reason_months (
    month date NOT NULL,
    track text NOT NULL,
    park text NULL,
    reason text NULL,
    n int NOT NULL,
    CONSTRAINT lead_lost_reason_months_key UNIQUE NULLS NOT DISTINCT (month, track, park, reason)
  );
  CREATE FUNCTION lead_lost_reason_months_recount() RETURNS void LANGUAGE sql AS $$ ${RECOUNT} $$;
  SELECT lead_lost_reason_months_recount();
  ${countsTrigger('lead_lost_reason_months_on_insert', `SELECT ${COLUMNS}, 1 AS s FROM new_rows`)}
  ${countsTrigger(
    'lead_lost_reason_months_on_update',
    `SELECT ${COLUMNS}, 1 AS s FROM new_rows UNION ALL SELECT ${COLUMNS}, -1 FROM old_rows`,
  )}
  ${countsTrigger('lead_lost_reason_months_on_delete', `SELECT ${COLUMNS}, -1 AS s FROM old_rows`)}
  CREATE TRIGGER lead_lost_reason_months_insert AFTER INSERT ON leads
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_lost_reason_months_on_insert();
  CREATE TRIGGER lead_lost_reason_months_update AFTER UPDATE ON leads
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lead_lost_reason_months_on_update();
  CREATE TRIGGER lead_lost_reason_months_delete AFTER DELETE ON leads
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_lost_reason_months_on_delete();
`;

/** The app states its zone before reading; a different one re-dates every lead's facts and recounts the months. */
const useZone = (recount: boolean) => `
  CREATE OR REPLACE FUNCTION lead_funnel_use_zone(zone text) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF (SELECT time_zone FROM report_settings) IS DISTINCT FROM zone THEN
      UPDATE report_settings SET time_zone = zone;
      PERFORM lead_funnel_facts_refresh(ARRAY(SELECT id FROM leads));
      ${recount ? 'PERFORM lead_lost_reason_months_recount();' : ''}
    END IF;
  END $$;`;

export class LostReasonMonths1796279667152 implements MigrationInterface {
  name = 'LostReasonMonths1796279667152';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    // Writers of leads wait while the table is counted, so none is missed between the count and the triggers.
    await q.query(`LOCK TABLE leads IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(UP);
    await q.query(useZone(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(useZone(false));
    await q.query(`DROP TABLE lead_lost_reason_months`);
    await q.query(
      `DROP FUNCTION lead_lost_reason_months_on_insert, lead_lost_reason_months_on_update,
                     lead_lost_reason_months_on_delete, lead_lost_reason_months_recount CASCADE`,
    );
  }
}
