import { answerOf, getJson } from '../api/client';
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
import { takeEarlyCockpit } from '../early-fetch';
import { session } from '../session/session';
import { type CockpitFilters } from './cockpit-query';
import {
  COCKPIT_PARTS,
  cockpitKey,
  cockpitUrls,
  defaultCockpitView,
  viewerCockpitFilters,
  type CockpitPart,
} from './cockpit-urls';

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

/** Parts whose failure leaves the rest of the cockpit showing (a year without a target: 404; no last year). */
const OPTIONAL: ReadonlySet<CockpitPart> = new Set(['progress', 'lastYear']);

/**
 * Sends the cockpit's requests (cockpit-urls.ts: the order and URLs the entry's early requests use too), or takes
 * the answers of requests already sent (`sent`: the entry's plain fetches), handled alike (errors, 401).
 */
export function requestCockpit(
  f: CockpitFilters,
  batches: { from: string; to: string },
  sent?: Record<CockpitPart, Promise<Response>>,
): CockpitRequests {
  const urls = cockpitUrls(f, batches);
  const requests = {} as Record<CockpitPart, Promise<unknown>>;
  for (const part of COCKPIT_PARTS) {
    const answer = sent ? answerOf(sent[part]) : getJson(urls[part]);
    requests[part] = OPTIONAL.has(part) ? answer.catch(() => null) : answer;
  }
  return requests as CockpitRequests;
}

/** The cockpit's filters for a URL query and the signed-in viewer: staff see only their own leads. */
export function cockpitFiltersForViewer(query: Parameters<typeof viewerCockpitFilters>[0], today: string) {
  return viewerCockpitFilters(query, today, session.user.value?.role);
}

const pending = new Map<string, { requests: CockpitRequests; at: number }>();

/**
 * Starts the cockpit's requests for a URL query (the 三个一批 of this month, the page's default) while the page's
 * code is still downloading (route-preload.ts, the router), or claims those the entry already sent
 * (early-fetch.ts); the page's first load then takes the answers.
 */
export function prefetchCockpit(query: Parameters<typeof viewerCockpitFilters>[0]): void {
  const { filters, batches } = defaultCockpitView(query, session.user.value?.role, zoneToday());
  const key = cockpitKey(filters, batches);
  const earlier = pending.get(key);
  if (earlier && Date.now() - earlier.at < 1000) return; // already asked at start-up (route-preload.ts)
  const requests = requestCockpit(filters, batches, takeEarlyCockpit(key, 5000) ?? undefined);
  // Unclaimed answers must not surface as unhandled rejections; the page sees the error when it claims them.
  for (const r of Object.values(requests) as Promise<unknown>[]) r.catch(() => undefined);
  pending.set(key, { requests, at: Date.now() });
}

/** The prefetched requests for these filters when fresh (under 5 s), else new ones. */
export function cockpitRequests(f: CockpitFilters, batches: { from: string; to: string }): CockpitRequests {
  const key = cockpitKey(f, batches);
  const hit = pending.get(key);
  pending.delete(key);
  if (hit && Date.now() - hit.at < 5000) return hit.requests;
  const early = takeEarlyCockpit(key, 5000);
  return requestCockpit(f, batches, early ?? undefined);
}
