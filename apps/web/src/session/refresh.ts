import { watch } from 'vue';
import { signalUnauthorized } from '../api/client';
import { restartLiveEvents } from '../live/live-events';
import { refreshDelay } from './refresh-delay';
import { session, type SessionUser } from './session';

/**
 * Keeps a signed-in page signed in for as long as it stays open (the 大屏 runs for days): part-way through the
 * token's lifetime it is exchanged for a fresh one (`POST /api/v1/auth/refresh`, which revokes the old one), and
 * the event stream reconnects with it. Tabs share the session through localStorage: a tab whose refresh is
 * refused because another tab refreshed first takes that tab's token. Logout, deactivation and password changes
 * still end the session (the refresh answers 401, and the page returns to the login). A page that was asleep past
 * the expiry signs in again.
 */
const RETRY_MS = 10_000;

interface RefreshResult {
  accessToken: string;
  expiresIn: number;
  user: SessionUser;
}

let timer: ReturnType<typeof setTimeout> | null = null;

async function refreshNow(token: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' },
      cache: 'no-store',
    });
  } catch {
    // Offline or the API restarting: try again soon, while the token is still good.
    schedule(RETRY_MS);
    return;
  }
  if (session.token !== token) return; // signed out or replaced meanwhile
  if (response.ok) {
    const r = (await response.json()) as RefreshResult;
    session.start(r.accessToken, r.expiresIn, r.user);
    restartLiveEvents();
    return;
  }
  if (response.status === 401) {
    session.reload(); // another tab's refresh may have won
    if (session.token && session.token !== token) return;
    session.clear();
    signalUnauthorized();
    return;
  }
  schedule(RETRY_MS); // 429/503: the token is still good for a while
}

function schedule(delayMs?: number): void {
  if (timer) clearTimeout(timer);
  timer = null;
  const expiry = session.expiry.value;
  if (!expiry) return;
  const delay = delayMs ?? refreshDelay(expiry, Date.now(), Math.random());
  if (Date.now() + delay >= expiry.at) return; // too late: the next request's 401 signs in again
  const token = expiry.token;
  timer = setTimeout(() => void refreshNow(token), delay);
}

/** Starts refreshing the session whenever one exists (a refused refresh returns to the login page). */
export function keepSessionFresh(): void {
  watch(
    () => session.expiry.value?.token ?? null,
    () => schedule(),
    { immediate: true },
  );
}
