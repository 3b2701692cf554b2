/**
 * Live updates for the web app: a changed lead (up to 1,000 per statement; a bulk import sends none) or a
 * year's targets/totals is announced on the `luodi_events` channel, which the API relays as server-sent events.
 */
export const LIVE_EVENTS = `
  CREATE FUNCTION luodi_notify_leads() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF (SELECT count(*) FROM (SELECT 1 FROM changed_leads LIMIT 1001) c) <= 1000 THEN
      PERFORM pg_notify('luodi_events',
                        json_build_object('type', 'lead', 'id', id, 'version', version)::text)
         FROM changed_leads;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER leads_notify_insert AFTER INSERT ON leads
  REFERENCING NEW TABLE AS changed_leads FOR EACH STATEMENT EXECUTE FUNCTION luodi_notify_leads();
  CREATE TRIGGER leads_notify_update AFTER UPDATE ON leads
  REFERENCING NEW TABLE AS changed_leads FOR EACH STATEMENT EXECUTE FUNCTION luodi_notify_leads();

  CREATE FUNCTION luodi_notify_totals() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    y int := CASE WHEN TG_OP = 'DELETE' THEN OLD.year ELSE NEW.year END;
  BEGIN
    PERFORM pg_notify('luodi_events', json_build_object('type', 'totals', 'year', y)::text);
    RETURN NULL;
  END $$;
  CREATE TRIGGER target_total_runs_notify AFTER INSERT OR UPDATE ON target_total_runs
  FOR EACH ROW EXECUTE FUNCTION luodi_notify_totals();
  CREATE TRIGGER targets_notify AFTER INSERT OR UPDATE OR DELETE ON targets
  FOR EACH ROW EXECUTE FUNCTION luodi_notify_totals();
`;
