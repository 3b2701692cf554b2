import { parseLiveEvent } from './live-events';

describe('live event payloads', () => {
  it('reads totals and lead events', () => {
    expect(parseLiveEvent('{"type":"totals","year":2024}')).toEqual({ type: 'totals', year: 2024 });
    expect(parseLiveEvent('{"type":"lead","id":"a","version":3}')).toEqual({
      type: 'lead',
      id: 'a',
      version: 3,
    });
  });

  it('ignores anything else', () => {
    for (const bad of [
      undefined,
      '',
      'x',
      'null',
      '[]',
      '{"type":"totals","year":"2024"}',
      '{"type":"lead","id":1}',
    ]) {
      expect(parseLiveEvent(bad)).toBeNull();
    }
  });
});
