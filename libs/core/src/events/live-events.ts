/**
 * Live events for browsers (GET /api/v1/events). Database triggers (migration 1732800000000-web-workspace)
 * `pg_notify` them on this channel when the writing transaction commits; each API instance LISTENs and fans out.
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
