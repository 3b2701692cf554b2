import { computed, reactive } from 'vue';
import type { Role } from './roles';

export { isSupervisor, type Role } from './roles';

/**
 * Who is signed in. The bearer token lives in localStorage (so an email link opened in a new tab works) and
 * only ever travels in the Authorization header: never in a URL, never logged.
 */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

interface Stored {
  token: string;
  expiresAt: number;
  /** The token's whole lifetime (ms), to refresh it part-way (session/refresh.ts). */
  lifetimeMs?: number;
  user: SessionUser;
}

const KEY = 'luodi.session';

function load(): Stored | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Stored;
    if (typeof s.token !== 'string' || typeof s.expiresAt !== 'number' || s.expiresAt <= Date.now()) {
      localStorage.removeItem(KEY);
      return null;
    }
    return s;
  } catch {
    return null;
  }
}

const state = reactive<{ current: Stored | null }>({ current: load() });

/** Other tabs signing in or out. */
window.addEventListener('storage', (e) => {
  if (e.key === KEY) state.current = load();
});

export const session = {
  get token(): string | null {
    const s = state.current;
    if (s && s.expiresAt <= Date.now()) {
      this.clear();
      return null;
    }
    return s?.token ?? null;
  },
  user: computed(() => state.current?.user ?? null),
  /** When the token expires and how long it lives (ms); null when signed out. */
  expiry: computed(() =>
    state.current
      ? { token: state.current.token, at: state.current.expiresAt, lifetimeMs: state.current.lifetimeMs ?? 0 }
      : null,
  ),
  /** The session another tab may have stored meanwhile (a refresh there). */
  reload(): void {
    state.current = load();
  },
  signedIn: computed(() => state.current !== null),
  start(token: string, expiresInSeconds: number, user: SessionUser): void {
    const lifetimeMs = expiresInSeconds * 1000;
    const stored: Stored = { token, expiresAt: Date.now() + lifetimeMs, lifetimeMs, user };
    localStorage.setItem(KEY, JSON.stringify(stored));
    state.current = stored;
  },
  clear(): void {
    localStorage.removeItem(KEY);
    state.current = null;
  },
};
