import { answerOf, api, call } from '../api/client';
import type { LeadCounts, LeadListQuery, LeadPage } from '../api/types';
import { apiQueryFromFilters, filtersFromQuery, type LeadFilters } from '../domain/lead-query';
import { EARLY_PAGE_SIZE, takeEarlyLeadList } from '../early-fetch';

/**
 * The 项目库's first page and counts, requested as soon as the router knows the user is going there, while the
 * page's code is still downloading; the page then takes the answers instead of asking again.
 */
export const LIST_PAGE_SIZE = EARLY_PAGE_SIZE;
const pending = new Map<string, { page: Promise<LeadPage>; counts: Promise<LeadCounts>; at: number }>();

const keyOf = (filters: LeadFilters) => JSON.stringify(apiQueryFromFilters(filters));
const EMPTY_KEY = keyOf({});

function request(filters: LeadFilters) {
  // The default view's requests may already be under way, started by the entry (early-fetch.ts).
  const early = keyOf(filters) === EMPTY_KEY ? takeEarlyLeadList(5000) : null;
  if (early) {
    const entry = {
      page: answerOf<LeadPage>(early.page),
      counts: answerOf<LeadCounts>(early.counts),
      // Claimed now (by route-preload.ts): the router's prefetch right after must find it (prefetchLeadList).
      at: Date.now(),
    };
    entry.page.catch(() => undefined);
    entry.counts.catch(() => undefined);
    return entry;
  }
  const query = apiQueryFromFilters(filters, { limit: LIST_PAGE_SIZE }) as unknown as LeadListQuery;
  const countsQuery = apiQueryFromFilters(filters) as unknown as LeadListQuery;
  const page = call(api.GET('/api/v1/leads', { params: { query } }));
  // The counts once the page is answered (see early-fetch.ts): the rows first.
  const askCounts = () => call(api.GET('/api/v1/leads/counts', { params: { query: countsQuery } }));
  const entry = { page, counts: page.then(askCounts, askCounts), at: Date.now() };
  // Unclaimed answers must not surface as unhandled rejections; the page sees the error when it claims them.
  entry.page.catch(() => undefined);
  entry.counts.catch(() => undefined);
  return entry;
}

export function prefetchLeadList(routeQuery: Record<string, unknown>): void {
  const filters = filtersFromQuery(routeQuery as Record<string, string>);
  const key = keyOf(filters);
  const earlier = pending.get(key);
  if (earlier && Date.now() - earlier.at < 1000) return; // already asked at start-up (route-preload.ts)
  pending.set(key, request(filters));
}

/** The first page and counts for these filters: the prefetched ones when fresh (under 5 s), else new requests. */
export function firstLeadPage(filters: LeadFilters): {
  page: Promise<LeadPage>;
  counts: Promise<LeadCounts>;
} {
  const key = keyOf(filters);
  const hit = pending.get(key);
  pending.delete(key);
  if (hit && Date.now() - hit.at < 5000) return hit;
  return request(filters);
}
