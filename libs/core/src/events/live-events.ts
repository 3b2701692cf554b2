/**
 * Live events for browsers (GET /api/v1/events). The totals' triggers `pg_notify` them on this channel when the
 * writing transaction commits; the leads' trigger appends them to a log read every half second (LeadEventLog,
 * below); each API instance LISTENs, reads the log and fans out.
 */
export const EVENTS_CHANNEL = 'luodi_events';

/** A year's target progress changed (the worker recomputed its totals, or its target was set). */
export interface TotalsEvent {
  type: 'totals';
  year: number;
}

/** A lead was created or changed; `version` is its new version. */
export interface LeadEvent {
  type: 'lead';
  id: string;
  version: number;
}

export type LiveEvent = TotalsEvent | LeadEvent;

/** The event in a NOTIFY payload, or null when it is not one (a malformed or foreign payload). */
export function parseLiveEvent(payload: string | undefined): LiveEvent | null {
  if (!payload) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.type === 'totals' && Number.isInteger(v.year)) return { type: 'totals', year: v.year as number };
  if (v.type === 'lead' && typeof v.id === 'string' && Number.isInteger(v.version)) {
    return { type: 'lead', id: v.id, version: v.version as number };
  }
  return null;
}

/** Anything that runs a query (a pg Client or pool). */
interface Queryable {
  query<R extends object>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/**
 * How far below the highest sequence number seen each read of the lead event log looks: a transaction that took
 * its number earlier but committed later is still found. What was delivered in that window is remembered, so each
 * event is delivered once per reader.
 */
export const LEAD_EVENT_LOOKBACK = 1000;

/**
 * A reader of the lead event log (`live_lead_events`, appended by the leads' trigger instead of a `pg_notify`,
 * which serialised the commits of all lead writes). `start` marks what is logged already as seen; `read` returns the
 * events logged since, each once, in log order; `prune` deletes what every reader has long read.
 */
export class LeadEventLog {
  private last = 0;
  private readonly delivered = new Set<number>();

  async start(db: Queryable): Promise<void> {
    const { rows } = await db.query<{ seq: string }>(
      `SELECT seq::text FROM live_lead_events
        WHERE seq > (SELECT coalesce(max(seq), 0) FROM live_lead_events) - $1`,
      [LEAD_EVENT_LOOKBACK],
    );
    this.delivered.clear();
    this.last = 0;
    for (const r of rows) this.remember(Number(r.seq));
  }

  async read(db: Queryable): Promise<LeadEvent[]> {
    const { rows } = await db.query<{ seq: string; lead_id: string; version: number }>(
      `SELECT seq::text, lead_id, version FROM live_lead_events WHERE seq > $1 ORDER BY seq LIMIT 5000`,
      [Math.max(0, this.last - LEAD_EVENT_LOOKBACK)],
    );
    const events: LeadEvent[] = [];
    for (const r of rows) {
      const seq = Number(r.seq);
      if (this.delivered.has(seq)) continue;
      this.remember(seq);
      events.push({ type: 'lead', id: r.lead_id, version: r.version });
    }
    for (const seq of this.delivered) if (seq <= this.last - LEAD_EVENT_LOOKBACK) this.delivered.delete(seq);
    return events;
  }

  private remember(seq: number): void {
    this.delivered.add(seq);
    if (seq > this.last) this.last = seq;
  }

  /** Deletes events older than a minute (every reader has read them long since). */
  static async prune(db: Queryable): Promise<void> {
    await db.query(`DELETE FROM live_lead_events WHERE at < clock_timestamp() - interval '1 minute'`);
  }
}
