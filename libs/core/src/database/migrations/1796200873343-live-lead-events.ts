import { MigrationInterface, QueryRunner } from 'typeorm';
import { LIVE_EVENTS } from '../schema/functions/live-events';
import { LIVE_LEAD_EVENT_LOG } from '../schema/functions/live-lead-events';

/**
 * Lead events without `pg_notify` (issue 12). PostgreSQL serialises every transaction that notifies with a
 * database-wide lock held from before its commit until the commit record is flushed, so with the lead trigger
 * notifying, no two lead writes could commit at once (pgbench here: a one-row insert 8,853 tps, the same insert
 * plus `pg_notify` 219 tps). The trigger now appends to an unlogged, insert-only log that each API instance's
 * event hub reads every half second; the totals events (rare: the worker's recomputation, a target set) still
 * notify.
 */
export class LiveLeadEvents1796200873343 implements MigrationInterface {
  name = 'LiveLeadEvents1796200873343';

  async up(q: QueryRunner): Promise<void> {
    await q.query(LIVE_LEAD_EVENT_LOG);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS leads_notify_insert ON leads`);
    await q.query(`DROP TRIGGER IF EXISTS leads_notify_update ON leads`);
    await q.query(`DROP FUNCTION IF EXISTS luodi_notify_leads()`);
    await q.query(`DROP TABLE IF EXISTS live_lead_events`);
    // The baseline's definitions (function, triggers and the totals' ones, which CREATE again would refuse).
    const leadsPart = LIVE_EVENTS.slice(0, LIVE_EVENTS.indexOf('CREATE FUNCTION luodi_notify_totals'));
    await q.query(leadsPart);
  }
}
