import { lastDigestSlot } from './digest-slots';

describe('the last digest slot', () => {
  it('is Monday 08:00 Shanghai for the default schedule, whatever the process TZ', () => {
    // Wednesday 2024-04-03 10:00 Shanghai → Monday 2024-04-01 08:00 Shanghai = 00:00 UTC.
    expect(
      lastDigestSlot(new Date('2024-04-03T02:00:00Z'), '0 8 * * 1', 'Asia/Shanghai')?.toISOString(),
    ).toBe('2024-04-01T00:00:00.000Z');
    // Monday 07:59 Shanghai: still the previous Monday.
    expect(
      lastDigestSlot(new Date('2024-03-31T23:59:00Z'), '0 8 * * 1', 'Asia/Shanghai')?.toISOString(),
    ).toBe('2024-03-25T00:00:00.000Z');
  });

  it('is null when the schedule did not run in the last days', () => {
    expect(lastDigestSlot(new Date('2024-04-03T02:00:00Z'), '0 8 29 2 *', 'Asia/Shanghai')).toBeNull();
  });
});
