/**
 * The live lead events' log (migration LiveLeadEvents): a changed lead (up to 1,000 per statement; a bulk import
 * logs none) is appended to `live_lead_events`, which the API's event hub reads (libs/core events/live-events.ts).
 * Unlogged: the rows are hints for open browsers, worth nothing after a crash, and need no WAL. Rows older than a
 * minute are deleted by the readers.
 */
export const LIVE_LEAD_EVENT_LOG = `
  CREATE UNLOGGED TABLE live_lead_events (
    seq bigserial PRIMARY KEY,
    lead_id uuid NOT NULL,
    version int NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp()
  );
  CREATE INDEX live_lead_events_at_idx ON live_lead_events (at);
  CREATE OR REPLACE FUNCTION luodi_notify_leads() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF (SELECT count(*) FROM (SELECT 1 FROM changed_leads LIMIT 1001) c) <= 1000 THEN
      INSERT INTO live_lead_events (lead_id, version) SELECT id, version FROM changed_leads;
    END IF;
    RETURN NULL;
  END $$;
`;
