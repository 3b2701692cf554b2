/**
 * The 项目库's filters ↔ the page URL's query (so a view can be shared, bookmarked, or opened from a cockpit
 * figure) ↔ the query of `GET /api/v1/leads`. Pure, unit-tested. Unknown or malformed values are dropped.
 */
import { formatDate } from '@luodi/format';
import { PARK_NAMES, POOL_NAMES, SORT_NAMES, STAGE_NAMES, TRACK_NAMES, WARNING_NAMES } from './labels';
import { isCalendarDate } from './calendar-date';

export { isCalendarDate };

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
  /** Leads that reached this stage or a later one (a cockpit funnel stage). */
  reached?: string;
  /** Created in this period (zone dates, inclusive). */
  createdFrom?: string;
  createdTo?: string;
  /** Signed in this period by the targets' counting rule (a cockpit target bar). */
  signedFrom?: string;
  signedTo?: string;
  /** 三个一批 (a cockpit batch): the event, and its period (zone dates, inclusive). */
  batch?: string;
  batchFrom?: string;
  batchTo?: string;
  /** Lost leads with exactly this reason (trimmed), or without one (a cockpit lost reason). */
  lostReason?: string;
  lostReasonMissing?: 'true';
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
  'reached',
  'createdFrom',
  'createdTo',
  'signedFrom',
  'signedTo',
  'batch',
  'batchFrom',
  'batchTo',
  'lostReason',
  'lostReasonMissing',
  'q',
  'sort',
] as const satisfies readonly (keyof LeadFilters)[];

export const DEFAULT_SORT = '-createdAt';
/** The 三个一批 drill-down's names. */
export const BATCH_NAMES: Record<string, string> = {
  signed: '签约一批',
  constructionStarted: '开工一批',
  productionStarted: '投产一批',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const person = (v: string) => v === 'me' || UUID.test(v);
const oneOf = (names: Record<string, string>) => (v: string) => Object.hasOwn(names, v);
const date = isCalendarDate;

const VALID: Record<keyof LeadFilters, (v: string) => boolean> = {
  stage: oneOf(STAGE_NAMES),
  track: oneOf(TRACK_NAMES),
  park: (v) => v === 'none' || oneOf(PARK_NAMES)(v),
  pool: oneOf(POOL_NAMES),
  ownerId: person,
  leaderId: person,
  warning: oneOf(WARNING_NAMES),
  overdue: (v) => v === 'true',
  isProvincialKey: (v) => v === 'true' || v === 'false',
  deadlineWithinDays: (v) => /^\d{1,3}$/.test(v) && Number(v) <= 365,
  followUpDue: (v) => v === 'true',
  reached: (v) => v !== 'lost' && oneOf(STAGE_NAMES)(v),
  createdFrom: date,
  createdTo: date,
  signedFrom: date,
  signedTo: date,
  batch: oneOf(BATCH_NAMES),
  batchFrom: date,
  batchTo: date,
  lostReason: (v) => v.trim().length > 0 && v.length <= 500,
  lostReasonMissing: (v) => v === 'true',
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

/** The cockpit's drill-down filters (no form field of their own) in words: "已到达签约 · 创建于…至…"; '' when none. */
export function describeDrill(f: LeadFilters): string {
  const range = (from?: string, to?: string) =>
    from && to
      ? `${formatDate(from)}至${formatDate(to)}`
      : from
        ? `${formatDate(from)}起`
        : to
          ? `${formatDate(to)}及以前`
          : '';
  const parts: string[] = [];
  if (f.reached) parts.push(`曾到达${STAGE_NAMES[f.reached as keyof typeof STAGE_NAMES]}阶段`);
  if (f.createdFrom || f.createdTo) parts.push(`录入于${range(f.createdFrom, f.createdTo)}`);
  if (f.signedFrom || f.signedTo) parts.push(`签约于${range(f.signedFrom, f.signedTo)}（计入目标）`);
  if (f.batch) {
    const when = range(f.batchFrom, f.batchTo);
    parts.push(`${BATCH_NAMES[f.batch]}${when ? `（${when}）` : ''}`);
  }
  if (f.lostReason) parts.push(`终止原因：${f.lostReason}`);
  if (f.lostReasonMissing) parts.push('终止且未填写原因');
  return parts.join(' · ');
}

/** The park filter's choices: the parks and 未落园区. */
export const PARK_FILTER_NAMES: Record<string, string> = { ...PARK_NAMES, none: '未落园区' };
