import { api, call } from '../api/client';
import type {
  BatchesReport,
  FunnelReport,
  KpisReport,
  LeadCounts,
  OverdueReport,
  SigningsReport,
  TargetProgress,
} from '../api/types';
import { zoneToday } from '../domain/form-rules';
import { isSupervisor, session } from '../session/session';
import {
  batchesPeriod,
  cockpitFiltersFromQuery,
  period,
  reportScope,
  warningScope,
  type CockpitFilters,
} from './cockpit-query';

export interface CockpitData {
  progress: TargetProgress | null;
  signings: SigningsReport;
  lastYear: SigningsReport | null;
  funnel: FunnelReport;
  counts: LeadCounts;
  overdue: OverdueReport;
  batches: BatchesReport;
  kpis: KpisReport;
}

/** Each figure's request, under way. */
export type CockpitRequests = { [K in keyof CockpitData]: Promise<CockpitData[K]> };

/**
 * Sends the cockpit's requests, the ones at the top of the page first (target, funnel): on HTTP/1.1 a browser
 * opens six connections to the API, so the requests sent first are answered first.
 */
export function requestCockpit(f: CockpitFilters, batches: { from: string; to: string }): CockpitRequests {
  const scope = reportScope(f);
  const year = f.year;
  const signings = (y: number) =>
    call(api.GET('/api/v1/reports/signings', { params: { query: { year: y, ...scope } } }));
  const requests: CockpitRequests = {
    // A year without a target has no progress (404): the rest of the cockpit still shows.
    progress: call(api.GET('/api/v1/targets/{year}/progress', { params: { path: { year } } })).catch(
      () => null,
    ),
    funnel: call(api.GET('/api/v1/reports/funnel', { params: { query: { ...period(f), ...scope } } })),
    signings: signings(year),
    lastYear: signings(year - 1).catch(() => null),
    counts: call(api.GET('/api/v1/leads/counts', { params: { query: warningScope(f) } })),
    overdue: call(
      api.GET('/api/v1/reports/overdue', { params: { query: { ...warningScope(f), limit: 1 } } }),
    ),
    kpis: call(api.GET('/api/v1/reports/kpis', { params: { query: { year, ...scope } } })),
    batches: call(api.GET('/api/v1/reports/batches', { params: { query: { ...batches, ...scope } } })),
  };
  return requests;
}

/** The cockpit's filters for a URL query and the signed-in viewer: staff see only their own leads. */
export function cockpitFiltersForViewer(query: Parameters<typeof cockpitFiltersFromQuery>[0], today: string) {
  const f = cockpitFiltersFromQuery(query, today);
  return isSupervisor(session.user.value?.role) ? f : { ...f, ownerId: 'me' };
}

const pending = new Map<string, { requests: CockpitRequests; at: number }>();
const keyOf = (f: CockpitFilters, batches: { from: string; to: string }) => JSON.stringify([f, batches]);

/**
 * Starts the cockpit's requests for a URL query (the 三个一批 of this month, the page's default) while the page's
 * code is still downloading (route-preload.ts, the router); the page's first load then takes the answers.
 */
export function prefetchCockpit(query: Parameters<typeof cockpitFiltersFromQuery>[0]): void {
  const today = zoneToday();
  const f = cockpitFiltersForViewer(query, today);
  const batches = batchesPeriod('month', f.year, today);
  const key = keyOf(f, batches);
  const earlier = pending.get(key);
  if (earlier && Date.now() - earlier.at < 1000) return; // already asked at start-up (route-preload.ts)
  const requests = requestCockpit(f, batches);
  // Unclaimed answers must not surface as unhandled rejections; the page sees the error when it claims them.
  for (const r of Object.values(requests) as Promise<unknown>[]) r.catch(() => undefined);
  pending.set(key, { requests, at: Date.now() });
}

/** The prefetched requests for these filters when fresh (under 5 s), else new ones. */
export function cockpitRequests(f: CockpitFilters, batches: { from: string; to: string }): CockpitRequests {
  const key = keyOf(f, batches);
  const hit = pending.get(key);
  pending.delete(key);
  if (hit && Date.now() - hit.at < 5000) return hit.requests;
  return requestCockpit(f, batches);
}
