/**
 * A browser cannot add an `Authorization` header when it opens `/admin/queues`. So an admin's login also sets
 * this cookie, scoped to that path only (the JSON API never reads cookies, so it stays immune to CSRF), HttpOnly
 * and SameSite=Strict (the queues UI's own buttons cannot be triggered from another site). Sign in through the
 * Swagger UI at /api/docs, then open /admin/queues.
 */
export const QUEUES_UI_COOKIE = 'luodi_queues_token';
export const QUEUES_UI_PATH = '/admin/queues';

export function queuesUiCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${QUEUES_UI_COOKIE}=${token}`,
    `Path=${QUEUES_UI_PATH}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The token in the queues UI cookie of a `Cookie` request header, if any. */
export function queuesUiTokenFrom(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === QUEUES_UI_COOKIE && value.length > 0) return value.join('=');
  }
  return null;
}

/** Removes the queues UI cookie (on logout). */
export function clearedQueuesUiCookie(secure: boolean): string {
  return queuesUiCookie('', 0, secure);
}
