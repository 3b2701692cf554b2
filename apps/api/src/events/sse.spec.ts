import { sseComment, sseEvent, tokenExpiresAt } from './sse';

describe('server-sent events framing', () => {
  it('frames events with their type as the event name', () => {
    expect(sseEvent({ type: 'totals', year: 2024 })).toBe('event: totals\ndata: {"year":2024}\n\n');
    expect(sseEvent({ type: 'lead', id: 'a', version: 2 })).toBe(
      'event: lead\ndata: {"id":"a","version":2}\n\n',
    );
    expect(sseComment('heart\nbeat')).toBe(': heart beat\n\n');
  });

  it('reads a token expiry', () => {
    const payload = Buffer.from(JSON.stringify({ sub: 'x', exp: 1800000000 })).toString('base64url');
    expect(tokenExpiresAt(`Bearer h.${payload}.s`)?.toISOString()).toBe('2027-01-15T08:00:00.000Z');
    expect(tokenExpiresAt(undefined)).toBeNull();
    expect(tokenExpiresAt('Bearer nonsense')).toBeNull();
    expect(tokenExpiresAt('Bearer a.!!!.c')).toBeNull();
  });
});
