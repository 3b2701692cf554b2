/**
 * What the cockpit asks the API for a URL query and a viewer, as plain URLs: the one rule behind both the entry's
 * early requests (early-fetch.ts, before any other code of the app has arrived) and the page's own
 * (cockpit-requests.ts), so the page can claim what the entry asked. Pure; in the entry chunk, so kept small.
 */
import { zoneToday } from '../domain/calendar-date';
import { isSupervisor, type Role } from '../session/roles';
import {
  batchesPeriod,
  cockpitFiltersFromQuery,
  period,
  reportScope,
  warningScope,
  type CockpitFilters,
} from './cockpit-query';

type Query = Parameters<typeof cockpitFiltersFromQuery>[0];

/** The cockpit's requests, the ones at the top of the page first (HTTP/1.1 answers the first sent first). */
export const COCKPIT_PARTS = [
  'progress',
  'funnel',
  'signings',
  'lastYear',
  'counts',
  'overdue',
  'kpis',
  'batches',
] as const;
export type CockpitPart = (typeof COCKPIT_PARTS)[number];

/** The filters of a URL query for a viewer: staff see only their own leads (ownerId=me). */
export function viewerCockpitFilters(query: Query, today: string, role: Role | null | undefined) {
  const f = cockpitFiltersFromQuery(query, today);
  return isSupervisor(role) ? f : { ...f, ownerId: 'me' };
}

/** The page's first view: the URL's filters for the viewer and this month's 三个一批 (zone dates). */
export function defaultCockpitView(query: Query, role: Role | null | undefined, today = zoneToday()) {
  const filters = viewerCockpitFilters(query, today, role);
  return { filters, batches: batchesPeriod('month', filters.year, today) };
}

/** The identity of a round of requests (the same filters and 三个一批 period ask the same URLs). */
export const cockpitKey = (f: CockpitFilters, batches: { from: string; to: string }): string =>
  JSON.stringify([f, batches]);

const url = (path: string, query: Record<string, string | number> = {}): string => {
  const q = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return `/api/v1${path}${q ? `?${q}` : ''}`;
};

/** Each part's URL for filters and a 三个一批 period. */
export function cockpitUrls(
  f: CockpitFilters,
  batches: { from: string; to: string },
): Record<CockpitPart, string> {
  const scope = reportScope(f);
  return {
    progress: url(`/targets/${f.year}/progress`),
    funnel: url('/reports/funnel', { ...period(f), ...scope }),
    signings: url('/reports/signings', { year: f.year, ...scope }),
    lastYear: url('/reports/signings', { year: f.year - 1, ...scope }),
    counts: url('/leads/counts', warningScope(f)),
    overdue: url('/reports/overdue', { ...warningScope(f), limit: 1 }),
    kpis: url('/reports/kpis', { year: f.year, ...scope }),
    // The figures only (counts and amounts): the cockpit shows no lead of the lists.
    batches: url('/reports/batches', { ...batches, ...scope, summary: 'true' }),
  };
}
