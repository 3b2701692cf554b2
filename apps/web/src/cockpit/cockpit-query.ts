/**
 * The cockpit's filters ↔ its URL query (so a view can be shared), the report queries they make, and the 项目库
 * links a clicked figure opens: each link carries exactly the filter the figure was counted with, so the list's
 * count equals the figure. Pure, unit-tested; unknown or malformed values are dropped.
 */
import { PARK_NAMES, STAGES, TRACK_NAMES, type OpenStage } from '../domain/labels';
import { isCalendarDate } from '../domain/calendar-date';

export interface CockpitFilters {
  year: number;
  /** The period of the funnel and the 三个一批 (zone dates, inclusive); the whole year when absent. */
  from?: string;
  to?: string;
  track?: string;
  park?: string;
  /** A user id, or `me` (staff always see their own). */
  ownerId?: string;
  /** The 包联领导: a user id. */
  leaderId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const person = (v: string) => v === 'me' || UUID.test(v);
const KEYS = ['from', 'to', 'track', 'park', 'ownerId', 'leaderId'] as const;
const VALID: Record<(typeof KEYS)[number], (v: string) => boolean> = {
  from: isCalendarDate,
  to: isCalendarDate,
  track: (v) => Object.hasOwn(TRACK_NAMES, v),
  park: (v) => Object.hasOwn(PARK_NAMES, v),
  ownerId: person,
  leaderId: (v) => UUID.test(v),
};

type QueryValue = string | null | undefined | (string | null)[];
const first = (raw: QueryValue) => (Array.isArray(raw) ? raw[0] : raw);

/** The filters a URL holds; the year defaults to today's (zone) year; a reversed period is dropped. */
export function cockpitFiltersFromQuery(query: Record<string, QueryValue>, today: string): CockpitFilters {
  const yearText = first(query.year);
  const year =
    typeof yearText === 'string' && /^\d{4}$/.test(yearText) && +yearText >= 2000 && +yearText <= 2100
      ? Number(yearText)
      : Number(today.slice(0, 4));
  const filters: CockpitFilters = { year };
  for (const key of KEYS) {
    const v = first(query[key]);
    if (typeof v === 'string' && VALID[key](v)) filters[key] = v;
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    delete filters.from;
    delete filters.to;
  }
  return filters;
}

/** The URL query of filters: only what is set, in a stable order. */
export function queryFromCockpitFilters(f: CockpitFilters): Record<string, string> {
  const q: Record<string, string> = { year: String(f.year) };
  for (const key of KEYS) if (f[key]) q[key] = f[key];
  return q;
}

/** The funnel's period: the filter's, else the whole year. */
export function period(f: CockpitFilters): { from: string; to: string } {
  return { from: f.from ?? `${f.year}-01-01`, to: f.to ?? `${f.year}-12-31` };
}

/** The scope every report takes (track, park, owner). */
export function reportScope(f: CockpitFilters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.track) q.track = f.track;
  if (f.park) q.park = f.park;
  if (f.ownerId) q.ownerId = f.ownerId;
  return q;
}

/** The scope of the 三色预警 counts and the overdue list: the report scope and the 包联领导. */
export function warningScope(f: CockpitFilters): Record<string, string> {
  return { ...reportScope(f), ...(f.leaderId ? { leaderId: f.leaderId } : {}) };
}

export type Drill =
  | { kind: 'signed'; track?: string; park?: string | null; ownerId?: string }
  | { kind: 'signedCohort' }
  | { kind: 'funnel'; stage: OpenStage }
  | { kind: 'warning'; colour: 'red' | 'yellow' | 'green' }
  | { kind: 'overdue'; ownerId?: string; leaderId?: string | null }
  | { kind: 'batch'; batch: 'signed' | 'constructionStarted' | 'productionStarted'; from: string; to: string }
  | { kind: 'lost'; reason?: string | null };

/**
 * The 项目库 query that lists exactly the leads behind a figure:
 * - signed (target bars, by track/park/owner): the year's signings by the targets' counting rule, zone-wide like
 *   the target progress (`park: null` is 未落园区); signedCohort: the same in the report scope (the KPIs' cohort);
 * - funnel stage: leads created in the period that reached the stage, in the report scope;
 * - colour: open leads of that colour in the warning scope; overdue: overdue leads of an owner or a 包联领导;
 * - batch (三个一批): the batch's event in its period, in the report scope;
 * - lost: the funnel's lost leads (created in the period, in the report scope), with one reason (null: none
 *   written) or all of them when `reason` is absent.
 */
export function drillQuery(f: CockpitFilters, d: Drill): Record<string, string> {
  switch (d.kind) {
    case 'signed': {
      const q: Record<string, string> = { signedFrom: `${f.year}-01-01`, signedTo: `${f.year}-12-31` };
      if (d.track) q.track = d.track;
      if (d.park !== undefined) q.park = d.park ?? 'none';
      if (d.ownerId) q.ownerId = d.ownerId;
      return q;
    }
    case 'signedCohort':
      // The KPIs' signed cohort (签约落地率's and 资金到位率's denominator): the year's signings, in the report scope.
      return { signedFrom: `${f.year}-01-01`, signedTo: `${f.year}-12-31`, ...reportScope(f) };
    case 'funnel': {
      const p = period(f);
      return { reached: d.stage, createdFrom: p.from, createdTo: p.to, ...reportScope(f) };
    }
    case 'warning':
      return { warning: d.colour, ...warningScope(f) };
    case 'overdue': {
      const q: Record<string, string> = { overdue: 'true', ...warningScope(f), sort: 'stageDeadline' };
      if (d.ownerId) q.ownerId = d.ownerId;
      if (d.leaderId) q.leaderId = d.leaderId;
      return q;
    }
    case 'batch':
      return { batch: d.batch, batchFrom: d.from, batchTo: d.to, ...reportScope(f) };
    case 'lost': {
      const p = period(f);
      const q: Record<string, string> = {
        stage: 'lost',
        createdFrom: p.from,
        createdTo: p.to,
        ...reportScope(f),
      };
      if (d.reason === null) q.lostReasonMissing = 'true';
      else if (d.reason !== undefined) q.lostReason = d.reason;
      return q;
    }
  }
}

export const FUNNEL_STAGES: readonly OpenStage[] = STAGES;

/**
 * Even pace by month end: target × days elapsed at each month's end ÷ days in the year, as exact 万元 strings
 * with four decimals rounded half up (the API's 序时进度 rule), so the chart's tooltip reads the exact figure.
 */
export function evenPaceByMonth(year: number, targetWan: string): string[] {
  const days = BigInt((Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000);
  const target = units(targetWan);
  return Array.from({ length: 12 }, (_, i) => {
    const elapsed = BigInt((Date.UTC(year, i + 1, 1) - Date.UTC(year, 0, 1)) / 86_400_000);
    const product = target * elapsed;
    const negative = product < 0n;
    const abs = negative ? -product : product;
    const rounded = (abs * 2n + days) / (days * 2n);
    return fromUnits(negative ? -rounded : rounded);
  });
}

/** A 万元 decimal string as integer units of 0.0001 万元 (exact). */
function units(s: string): bigint {
  const negative = s.startsWith('-');
  const [w, f = ''] = (negative ? s.slice(1) : s).split('.');
  const u = BigInt(w + f.padEnd(4, '0').slice(0, 4));
  return negative ? -u : u;
}

/** a − b for two 万元 decimal strings, exactly, with 4 fraction digits. */
export function subtractWan(a: string, b: string): string {
  return fromUnits(units(a) - units(b));
}

/** Integer units of 0.0001 万元 as a 万元 decimal string with 4 fraction digits. */
function fromUnits(d: bigint): string {
  const abs = d < 0n ? -d : d;
  const text = abs.toString().padStart(5, '0');
  return `${d < 0n ? '-' : ''}${text.slice(0, -4)}.${text.slice(-4)}`;
}

/** The months of a year shown so far: all of a past year, up to this month for the current one, none ahead. */
export function monthsThrough(year: number, today: string): number {
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return 12;
  if (year > thisYear) return 0;
  return Number(today.slice(5, 7));
}

/** The 三个一批 period for a choice: this month, this quarter or this year to date (zone dates). */
export function batchesPeriod(
  choice: 'month' | 'quarter' | 'year',
  year: number,
  today: string,
): { from: string; to: string } {
  const thisYear = Number(today.slice(0, 4));
  const end = year === thisYear ? today : `${year}-12-31`;
  const month = year === thisYear ? Number(today.slice(5, 7)) : 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (choice === 'year') return { from: `${year}-01-01`, to: end };
  if (choice === 'quarter') {
    const first = Math.floor((month - 1) / 3) * 3 + 1;
    return { from: `${year}-${pad(first)}-01`, to: end };
  }
  return { from: `${year}-${pad(month)}-01`, to: end };
}

/** Monday of the (ISO) week a zone date falls in, to that date: the 通报's week so far. */
export function weekSoFar(today: string): { from: string; to: string } {
  const d = new Date(`${today}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  const monday = new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
  return { from: monday, to: today };
}
