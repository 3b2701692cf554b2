/**
 * The data of the first page, requested by the entry itself with a plain `fetch`, before any other code of the
 * app has arrived: the data then travels while the route's chunks download (it waited for them before, ~1 s on
 * the loaded test machine). Two pages have it:
 * - the 项目库's first page and counts for its default view (`/leads`, no filters), claimed by
 *   lead-list-prefetch.ts;
 * - the 领导驾驶舱 (`/cockpit`, any filters in the URL): its eight requests for the URL's filters and this month's
 *   三个一批 (cockpit/cockpit-urls.ts, the rule cockpit-requests.ts uses too), claimed by cockpit-requests.ts.
 * Only this module and those rules are in the entry chunk; the claimers handle the responses like their own
 * requests (errors, 401). The same headers as api/client.ts; the token is the stored session's (session.ts's key
 * and rule).
 */
import type { Role } from './session/roles';
import { cockpitKey, cockpitUrls, defaultCockpitView, type CockpitPart } from './cockpit/cockpit-urls';

export interface EarlyLeadList {
  page: Promise<Response>;
  counts: Promise<Response>;
  at: number;
}

/** The 项目库's page size (lead-list-prefetch.ts's LIST_PAGE_SIZE is this one). */
export const EARLY_PAGE_SIZE = 50;

let early: EarlyLeadList | null = null;

/** The stored session's token and role when it has not expired. */
function storedSession(storage: Storage): { token: string; role: Role | null } | null {
  try {
    const s = JSON.parse(storage.getItem('luodi.session') ?? 'null') as {
      token?: unknown;
      expiresAt?: unknown;
      user?: { role?: Role };
    } | null;
    return typeof s?.token === 'string' && typeof s.expiresAt === 'number' && s.expiresAt > Date.now()
      ? { token: s.token, role: s.user?.role ?? null }
      : null;
  } catch {
    return null;
  }
}

const headersFor = (token: string) => ({ Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' });

/** Starts the requests when the page is the 项目库 without filters and a session is stored. */
export function fetchLeadListEarly(path: string, search: string, storage: Storage): void {
  if (!/^\/leads\/?$/.test(path) || search !== '') return;
  const token = storedSession(storage)?.token;
  if (!token) return;
  const headers = headersFor(token);
  const page = fetch(`/api/v1/leads?limit=${EARLY_PAGE_SIZE}`, { headers });
  // The counts after the page: at 1M leads they scan the table (~1 s of a core here), which slowed the page's own
  // query and the app's start-up when both ran at once; the rows are what the user waits for.
  const counts = page.then(
    () => fetch('/api/v1/leads/counts', { headers }),
    () => fetch('/api/v1/leads/counts', { headers }),
  );
  // Unclaimed answers must not surface as unhandled rejections; the claimer sees the error.
  page.catch(() => undefined);
  counts.catch(() => undefined);
  early = { page, counts, at: Date.now() };
}

/** The early requests, once (then forgotten), if they were started less than `maxAgeMs` ago. */
export function takeEarlyLeadList(maxAgeMs: number): EarlyLeadList | null {
  const taken = early;
  early = null;
  return taken && Date.now() - taken.at < maxAgeMs ? taken : null;
}

export interface EarlyCockpit {
  key: string;
  responses: Record<CockpitPart, Promise<Response>>;
  at: number;
}

let earlyCockpit: EarlyCockpit | null = null;

/**
 * How many of the cockpit's early requests are under way at once. HTTP/1.1 gives a page six connections to its
 * server; all eight requests at once took all six while the page's ~20 code files, asked for a moment later,
 * queued behind them (at 1M leads the slowest figure takes ~100 ms, the code waited ~0.5–1 s). Three at a time,
 * in the page's order (the target and the funnel first), leave the other three to the code; the database, with
 * two cores here, answers them about as fast as eight at once.
 */
export const COCKPIT_EARLY_WINDOW = 3;

/**
 * Starts `tasks` in order, at most `width` under way at once (the next when one settles); their promises in the
 * same order.
 */
export function inWindow<T>(tasks: (() => Promise<T>)[], width: number): Promise<T>[] {
  const waiting: (() => void)[] = [];
  const next = (): void => waiting.shift()?.();
  return tasks.map(
    (task, i) =>
      new Promise<T>((resolve, reject) => {
        const start = (): void => void task().then(resolve, reject).finally(next);
        if (i < width) start();
        else waiting.push(start);
      }),
  );
}

/** Starts the cockpit's requests for the URL's filters when the page is /cockpit and a session is stored. */
export function fetchCockpitEarly(path: string, search: string, storage: Storage): void {
  if (!/^\/cockpit\/?$/.test(path)) return;
  const session = storedSession(storage);
  if (!session) return;
  const { filters, batches } = defaultCockpitView(
    Object.fromEntries(new URLSearchParams(search)),
    session.role,
  );
  const headers = headersFor(session.token);
  const urls = cockpitUrls(filters, batches);
  const parts = Object.keys(urls) as CockpitPart[];
  const started = inWindow(
    parts.map((part) => () => fetch(urls[part], { headers })),
    COCKPIT_EARLY_WINDOW,
  );
  const responses = {} as Record<CockpitPart, Promise<Response>>;
  parts.forEach((part, i) => {
    responses[part] = started[i];
    responses[part].catch(() => undefined); // the claimer sees the error
  });
  earlyCockpit = { key: cockpitKey(filters, batches), responses, at: Date.now() };
}

/** The entry's cockpit requests, once, when they were for `key` and started less than `maxAgeMs` ago. */
export function takeEarlyCockpit(key: string, maxAgeMs: number): EarlyCockpit['responses'] | null {
  const taken = earlyCockpit;
  if (taken?.key !== key) return null;
  earlyCockpit = null;
  return Date.now() - taken.at < maxAgeMs ? taken.responses : null;
}
