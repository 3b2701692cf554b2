import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { session } from '../session/session';
import { ApiProblem, toProblem } from './problem';

/**
 * The typed API client (openapi-fetch over the types generated from the API's OpenAPI document). Every request
 * carries the bearer token and asks for Chinese; a 401 on anything but the login ends the session and the
 * router returns to the login page, then to where the user was.
 */
export const api = createClient<paths>({ baseUrl: '' });

type UnauthorizedListener = () => void;
const unauthorizedListeners: UnauthorizedListener[] = [];
export function onUnauthorized(listener: UnauthorizedListener): void {
  unauthorizedListeners.push(listener);
}
/** The session ended outside a request of this client (a refused token refresh). */
export function signalUnauthorized(): void {
  unauthorizedListeners.forEach((l) => l());
}

export function authHeaders(): Record<string, string> {
  const token = session.token;
  return token
    ? { Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' }
    : { 'Accept-Language': 'zh-CN' };
}

const auth: Middleware = {
  onRequest({ request }) {
    for (const [k, v] of Object.entries(authHeaders())) request.headers.set(k, v);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/auth/login')) {
      session.clear();
      unauthorizedListeners.forEach((l) => l());
    }
    return response;
  },
};
api.use(auth);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call: its data, or an ApiProblem (network failures included). */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (err) {
    if (err instanceof ApiProblem) throw err;
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiProblem(0);
  }
  if (result.response.ok) return result.data as T;
  throw toProblem(result.response.status, result.error);
}

/**
 * The answer of a plain `fetch` (a request the entry started before this module arrived, early-fetch.ts, or a URL
 * built by hand), handled as `call` handles openapi-fetch's: the body, or an ApiProblem (network failures
 * included); a 401 ends the session as the client's middleware does.
 */
export async function answerOf<T>(response: Promise<Response>): Promise<T> {
  let res: Response;
  try {
    res = await response;
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiProblem(0);
  }
  if (res.status === 401) {
    session.clear();
    unauthorizedListeners.forEach((l) => l());
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    if (res.ok) throw new ApiProblem(0);
  }
  if (res.ok) return body as T;
  throw toProblem(res.status, body);
}

/** GET of a URL with the client's headers, answered as `call` answers. */
export function getJson<T>(url: string): Promise<T> {
  return answerOf<T>(fetch(url, { headers: authHeaders() }));
}

/** A raw fetch with the same headers and error handling, for uploads and downloads. */
export async function rawFetch(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { ...authHeaders(), ...(init.headers ?? {}) } });
  } catch {
    throw new ApiProblem(0);
  }
  if (response.status === 401) {
    session.clear();
    unauthorizedListeners.forEach((l) => l());
  }
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // not JSON
    }
    throw toProblem(response.status, body);
  }
  return response;
}
