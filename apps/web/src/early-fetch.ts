/**
 * The 项目库's first page and counts for its default view (`/leads`, no filters), requested by the entry itself
 * with a plain `fetch`, before any other code of the app has arrived: the list's data then travels while the
 * route's chunks download (it waited for them before, ~1 s on the loaded test machine). Only this module is in
 * the entry chunk; lead-list-prefetch.ts claims the responses and handles them like its own requests (errors,
 * 401). The same headers as api/client.ts; the token is the stored session's (session.ts's key and rule).
 */
export interface EarlyLeadList {
  page: Promise<Response>;
  counts: Promise<Response>;
  at: number;
}

/** The 项目库's page size (lead-list-prefetch.ts's LIST_PAGE_SIZE is this one). */
export const EARLY_PAGE_SIZE = 50;

let early: EarlyLeadList | null = null;

function storedToken(storage: Storage): string | null {
  try {
    const s = JSON.parse(storage.getItem('luodi.session') ?? 'null') as {
      token?: unknown;
      expiresAt?: unknown;
    } | null;
    return typeof s?.token === 'string' && typeof s.expiresAt === 'number' && s.expiresAt > Date.now()
      ? s.token
      : null;
  } catch {
    return null;
  }
}

/** Starts the requests when the page is the 项目库 without filters and a session is stored. */
export function fetchLeadListEarly(path: string, search: string, storage: Storage): void {
  if (!/^\/leads\/?$/.test(path) || search !== '') return;
  const token = storedToken(storage);
  if (!token) return;
  const headers = { Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' };
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
