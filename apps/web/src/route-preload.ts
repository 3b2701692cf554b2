/**
 * Starts downloading the first page's code before the app's own code has run. The entry (main.ts) is tiny: it
 * calls this, then loads the app (boot.ts); without it the route's chunks were only requested once Vue, the
 * router and the app had started (about 0.5 s after the entry arrived, on the loaded test machine), and on
 * HTTP/1.1 their ~30 files then took over a second to arrive. The same `import()`s as router.ts's, so each chunk
 * is fetched once. A signed-out visitor to any page but the 大屏/通报 gets the login page's code.
 */
const layout = () => import('./components/AppLayout.vue');
const PAGES: [RegExp, () => Promise<unknown>][] = [
  [/^\/login\/?$/, () => import('./pages/LoginPage.vue')],
  [/^\/cockpit\/screen\/?$/, () => import('./pages/CockpitScreenPage.vue')],
  [/^\/cockpit\/report\/?$/, () => import('./pages/CockpitReportPage.vue')],
  [/^\/$/, () => Promise.all([layout(), import('./pages/HomePage.vue')])],
  [
    /^\/leads\/?$/,
    () =>
      Promise.all([
        layout(),
        import('./pages/LeadListPage.vue'),
        // …and its first page and counts (the router's own prefetch then finds them asked for).
        import('./lead/lead-list-prefetch').then((m) =>
          m.prefetchLeadList(Object.fromEntries(new URLSearchParams(location.search))),
        ),
      ]),
  ],
  [
    /^\/cockpit\/?$/,
    () =>
      Promise.all([
        layout(),
        import('./pages/CockpitPage.vue'),
        // …and its figures (the entry's early requests claimed, else sent now; the page takes the answers:
        // cockpit/cockpit-requests.ts).
        import('./cockpit/cockpit-requests').then((m) =>
          m.prefetchCockpit(Object.fromEntries(new URLSearchParams(location.search))),
        ),
      ]),
  ],
  [/^\/leads\/new\/?$/, () => Promise.all([layout(), import('./pages/LeadCreatePage.vue')])],
  [/^\/leads\/[^/]+\/?$/, () => Promise.all([layout(), import('./pages/LeadDetailPage.vue')])],
];

/** Whether a session is stored that has not expired (the same key and rule as session/session.ts). */
function signedIn(storage: Storage): boolean {
  try {
    const s = JSON.parse(storage.getItem('luodi.session') ?? 'null') as { expiresAt?: unknown } | null;
    return typeof s?.expiresAt === 'number' && s.expiresAt > Date.now();
  } catch {
    return false;
  }
}

export function preloadRoute(path: string, storage: Storage): void {
  const page = !signedIn(storage) && path !== '/login' ? PAGES[0] : PAGES.find(([re]) => re.test(path));
  // A failed download here is retried by the router when it needs the page.
  page?.[1]().catch(() => undefined);
}
