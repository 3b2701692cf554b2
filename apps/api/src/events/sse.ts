import type { LiveEvent } from '@luodi/core';

/** Server-sent events framing (pure, unit-tested). */
export function sseEvent(event: LiveEvent): string {
  const { type, ...data } = event;
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

export const sseComment = (text: string): string => `: ${text.replace(/\n/g, ' ')}\n\n`;

/** When the bearer token in an Authorization header expires (its `exp`), or null. The guard has verified it. */
export function tokenExpiresAt(authorization: string | undefined): Date | null {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null;
  } catch {
    return null;
  }
}
