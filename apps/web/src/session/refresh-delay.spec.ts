import { refreshDelay } from './refresh-delay';

describe('refreshDelay', () => {
  const HOUR = 3_600_000;
  it('refreshes 60% into the lifetime, plus up to 5% jitter', () => {
    const now = 1_000_000;
    expect(refreshDelay({ at: now + 8 * HOUR, lifetimeMs: 8 * HOUR }, now)).toBe(0.6 * 8 * HOUR);
    expect(refreshDelay({ at: now + 8 * HOUR, lifetimeMs: 8 * HOUR }, now, 1)).toBe(0.65 * 8 * HOUR);
  });
  it('counts from the expiry, not from now: a token half used refreshes sooner', () => {
    const now = 0;
    expect(refreshDelay({ at: 20_000, lifetimeMs: 40_000 }, now)).toBe(4_000);
  });
  it('is at once when the point has passed, and never after the last second before expiry', () => {
    expect(refreshDelay({ at: 5_000, lifetimeMs: 40_000 }, 0)).toBe(0);
    expect(refreshDelay({ at: 1_500, lifetimeMs: 1_000 }, 0, 1)).toBeLessThanOrEqual(500);
  });
  it('without a known lifetime (an older stored session) takes the time left as the lifetime', () => {
    expect(refreshDelay({ at: 10_000, lifetimeMs: 0 }, 0)).toBe(6_000);
  });
});
