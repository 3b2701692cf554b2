/**
 * Which paths the web app answers, as pure rules (unit-tested): the API's own prefixes and anything that
 * names a file (a dot in the last segment) never get `index.html`, so a missing asset or API route stays a 404.
 */
const API_PREFIXES = ['/api', '/admin'];

/** A GET path that the browser app routes itself (`/`, `/leads/…`), given the raw request URL. */
export function isClientRoute(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0];
  if (API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

/** Files under /assets/ carry a content hash in their name: cache them for a year; revalidate anything else. */
export function cacheControlFor(relativePath: string): string {
  const path = relativePath.replace(/\\/g, '/').replace(/^\/?/, '/');
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
