import { authHeaders } from '../api/client';
import { SseParser } from './sse-parser';

/**
 * Live updates from `GET /api/v1/events` (server-sent events read with fetch and the bearer header). One
 * connection per tab, shared by every page that listens; it reconnects with backoff, and after repeated
 * failures pages fall back to polling (see `onStatus`).
 */
export interface TotalsEvent {
  year: number;
}
export interface LeadEvent {
  id: string;
  version: number;
}
type Listeners = { totals: ((e: TotalsEvent) => void)[]; lead: ((e: LeadEvent) => void)[] };
export type LiveStatus = 'connecting' | 'open' | 'failing';

const listeners: Listeners = { totals: [], lead: [] };
const statusListeners: ((s: LiveStatus) => void)[] = [];
let controller: AbortController | null = null;
let failures = 0;
let status: LiveStatus = 'connecting';
let retryTimer: ReturnType<typeof setTimeout> | null = null;

function setStatus(s: LiveStatus): void {
  status = s;
  statusListeners.forEach((l) => l(s));
}

function subscriberCount(): number {
  return listeners.totals.length + listeners.lead.length + statusListeners.length;
}

async function connect(): Promise<void> {
  controller = new AbortController();
  const own = controller;
  setStatus(failures >= 3 ? 'failing' : 'connecting');
  try {
    const res = await fetch('/api/v1/events', {
      headers: { ...authHeaders(), Accept: 'text/event-stream' },
      signal: own.signal,
      cache: 'no-store',
    });
    if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
    failures = 0;
    setStatus('open');
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new SseParser();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const e of parser.push(value)) dispatch(e.event, e.data);
    }
    throw new Error('events: stream ended');
  } catch {
    if (own.signal.aborted) return;
    failures += 1;
    setStatus(failures >= 3 ? 'failing' : 'connecting');
    const delay = Math.min(30_000, 1000 * 2 ** Math.min(failures, 5));
    retryTimer = setTimeout(() => void connect(), delay);
  }
}

function dispatch(event: string, data: string): void {
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    return;
  }
  if (event === 'totals') listeners.totals.forEach((l) => l(payload as TotalsEvent));
  if (event === 'lead') listeners.lead.forEach((l) => l(payload as LeadEvent));
}

function ensureConnected(): void {
  if (!controller && !retryTimer) void connect();
}

function disconnectIfIdle(): void {
  if (subscriberCount() > 0) return;
  stopLiveEvents();
}

/** Closes the stream (on sign-out, or when no page listens any more). */
export function stopLiveEvents(): void {
  controller?.abort();
  controller = null;
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
  failures = 0;
}

/** Reconnects at once with the current token (after a refresh revoked the one the stream was opened with). */
export function restartLiveEvents(): void {
  if (subscriberCount() === 0) return;
  stopLiveEvents();
  ensureConnected();
}

/** Listens to an event kind; returns the function that stops listening. */
export function onLive<K extends keyof Listeners>(kind: K, listener: Listeners[K][number]): () => void {
  (listeners[kind] as Listeners[K][number][]).push(listener);
  ensureConnected();
  return () => {
    const list = listeners[kind] as Listeners[K][number][];
    const i = list.indexOf(listener);
    if (i >= 0) list.splice(i, 1);
    disconnectIfIdle();
  };
}

export function onLiveStatus(listener: (s: LiveStatus) => void): () => void {
  statusListeners.push(listener);
  listener(status);
  ensureConnected();
  return () => {
    const i = statusListeners.indexOf(listener);
    if (i >= 0) statusListeners.splice(i, 1);
    disconnectIfIdle();
  };
}
