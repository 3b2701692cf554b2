/** How far into a token's lifetime the web app exchanges it for a fresh one. */
const REFRESH_AT = 0.6;

/** When to refresh a token: 60% into its lifetime (a little jitter so tabs do not race), never after expiry. */
export function refreshDelay(expiry: { at: number; lifetimeMs: number }, now: number, jitter = 0): number {
  const lifetime = expiry.lifetimeMs > 0 ? expiry.lifetimeMs : Math.max(expiry.at - now, 0);
  const due = expiry.at - lifetime * (1 - REFRESH_AT) + jitter * lifetime * 0.05;
  return Math.max(0, Math.min(due, expiry.at - 1000) - now);
}
