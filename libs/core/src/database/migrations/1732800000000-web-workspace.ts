import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the web workspace needs from the database:
 * - Live events without state in any API process: triggers `pg_notify` on the `luodi_events` channel, delivered
 *   when the writing transaction commits, and every API instance LISTENs and fans out to its browsers
 *   (GET /api/v1/events). `lead` `{id, version}` for each inserted or updated lead (a statement that writes more
 *   than 1000 leads, a bulk load, sends none), `totals` `{year}` when the worker's totals job records a run for
 *   a year or a year's target changes.
 * The channel's name is EVENTS_CHANNEL in libs/core/src/events/live-events.ts.
 * - The user directory's name search (a trigram index) and name order, and the activity feed's newest-first order.
 */
export class WebWorkspace1732800000000 implements MigrationInterface {
  name = 'WebWorkspace1732800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION luodi_notify_leads() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT count(*) FROM (SELECT 1 FROM changed_leads LIMIT 1001) c) <= 1000 THEN
          PERFORM pg_notify('luodi_events',
                            json_build_object('type', 'lead', 'id', id, 'version', version)::text)
             FROM changed_leads;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER leads_notify_insert AFTER INSERT ON leads
      REFERENCING NEW TABLE AS changed_leads FOR EACH STATEMENT EXECUTE FUNCTION luodi_notify_leads()`);
    await q.query(`
      CREATE TRIGGER leads_notify_update AFTER UPDATE ON leads
      REFERENCING NEW TABLE AS changed_leads FOR EACH STATEMENT EXECUTE FUNCTION luodi_notify_leads()`);

    await q.query(`
      CREATE FUNCTION luodi_notify_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        y int := CASE WHEN TG_OP = 'DELETE' THEN OLD.year ELSE NEW.year END;
      BEGIN
        PERFORM pg_notify('luodi_events', json_build_object('type', 'totals', 'year', y)::text);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER target_total_runs_notify AFTER INSERT OR UPDATE ON target_total_runs
      FOR EACH ROW EXECUTE FUNCTION luodi_notify_totals()`);
    await q.query(`
      CREATE TRIGGER targets_notify AFTER INSERT OR UPDATE OR DELETE ON targets
      FOR EACH ROW EXECUTE FUNCTION luodi_notify_totals()`);

    await q.query(`CREATE INDEX users_name_trgm_idx ON users USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX users_name_idx ON users (name, id)`);
    await q.query(`CREATE INDEX lead_activities_recent_idx ON lead_activities (occurred_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS lead_activities_recent_idx`);
    await q.query(`DROP INDEX IF EXISTS users_name_idx`);
    await q.query(`DROP INDEX IF EXISTS users_name_trgm_idx`);
    await q.query(`DROP TRIGGER IF EXISTS targets_notify ON targets`);
    await q.query(`DROP TRIGGER IF EXISTS target_total_runs_notify ON target_total_runs`);
    await q.query(`DROP FUNCTION IF EXISTS luodi_notify_totals()`);
    await q.query(`DROP TRIGGER IF EXISTS leads_notify_update ON leads`);
    await q.query(`DROP TRIGGER IF EXISTS leads_notify_insert ON leads`);
    await q.query(`DROP FUNCTION IF EXISTS luodi_notify_leads()`);
  }
}
