/**
 * The 项目库's filters ↔ the page URL's query (so a view can be shared, bookmarked, or opened from a cockpit
 * figure) ↔ the query of `GET /api/v1/leads`. Pure, unit-tested. Unknown or malformed values are dropped.
 */
import { PARK_NAMES, POOL_NAMES, SORT_NAMES, STAGE_NAMES, TRACK_NAMES, WARNING_NAMES } from './labels';

export interface LeadFilters {
  stage?: string;
  track?: string;
  park?: string;
  pool?: string;
  /** A user id or `me`. */
  ownerId?: string;
  /** A user id or `me`. */
  leaderId?: string;
  warning?: string;
  overdue?: 'true';
  isProvincialKey?: 'true' | 'false';
  /** Open leads whose stage deadline falls within this many days from today. */
  deadlineWithinDays?: string;
  /** Leads whose next follow-up is due by the end of today. */
  followUpDue?: 'true';
  q?: string;
  sort?: string;
}

export const FILTER_KEYS = [
  'stage',
  'track',
  'park',
  'pool',
  'ownerId',
  'leaderId',
  'warning',
  'overdue',
  'isProvincialKey',
  'deadlineWithinDays',
  'followUpDue',
  'q',
  'sort',
] as const satisfies readonly (keyof LeadFilters)[];

export const DEFAULT_SORT = '-createdAt';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const person = (v: string) => v === 'me' || UUID.test(v);
const oneOf = (names: Record<string, string>) => (v: string) => Object.hasOwn(names, v);

const VALID: Record<keyof LeadFilters, (v: string) => boolean> = {
  stage: oneOf(STAGE_NAMES),
  track: oneOf(TRACK_NAMES),
  park: oneOf(PARK_NAMES),
  pool: oneOf(POOL_NAMES),
  ownerId: person,
  leaderId: person,
  warning: oneOf(WARNING_NAMES),
  overdue: (v) => v === 'true',
  isProvincialKey: (v) => v === 'true' || v === 'false',
  deadlineWithinDays: (v) => /^\d{1,3}$/.test(v) && Number(v) <= 365,
  followUpDue: (v) => v === 'true',
  q: (v) => v.trim().length > 0 && v.length <= 200,
  sort: oneOf(SORT_NAMES),
};

type QueryValue = string | null | undefined | (string | null)[];

/** The filters a URL query holds (vue-router's `route.query`). */
export function filtersFromQuery(query: Record<string, QueryValue>): LeadFilters {
  const filters: LeadFilters = {};
  for (const key of FILTER_KEYS) {
    const raw = query[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value !== 'string') continue;
    const v = key === 'q' ? value.trim() : value;
    if (VALID[key](v)) (filters as Record<string, string>)[key] = v;
  }
  return filters;
}

/** The URL query for filters: only what is set, the default sort left out, keys in a stable order. */
export function queryFromFilters(filters: LeadFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === '') continue;
    if (key === 'sort' && value === DEFAULT_SORT) continue;
    if (!VALID[key](key === 'q' ? value.trim() : value)) continue;
    query[key] = key === 'q' ? value.trim() : value;
  }
  return query;
}

/** The query of GET /leads (and of the Excel export) for filters, with paging. */
export function apiQueryFromFilters(
  filters: LeadFilters,
  page: { limit?: number; cursor?: string | null } = {},
): Record<string, string | number> {
  const query: Record<string, string | number> = { ...queryFromFilters(filters) };
  if (page.limit !== undefined) query.limit = page.limit;
  if (page.cursor) query.cursor = page.cursor;
  return query;
}

/** How many filters narrow the list (the search box and the sort not counted). */
export function activeFilterCount(filters: LeadFilters): number {
  return FILTER_KEYS.filter((k) => k !== 'q' && k !== 'sort' && filters[k] !== undefined).length;
}

export function sameFilters(a: LeadFilters, b: LeadFilters): boolean {
  return JSON.stringify(queryFromFilters(a)) === JSON.stringify(queryFromFilters(b));
}
