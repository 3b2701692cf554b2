import { SseParser } from './sse-parser';

describe('SSE parser', () => {
  it('parses events split across chunks and drops heartbeats', () => {
    const p = new SseParser();
    expect(p.push(': connected\n\n')).toEqual([]);
    expect(p.push('event: totals\ndata: {"year":20')).toEqual([]);
    expect(p.push('24}\n\nevent: lead\r\ndata: {"id":"a","version":3}\r\n\r\n: ping\n\n')).toEqual([
      { event: 'totals', data: '{"year":2024}' },
      { event: 'lead', data: '{"id":"a","version":3}' },
    ]);
  });

  it('joins multi-line data and defaults the event name', () => {
    const p = new SseParser();
    expect(p.push('id: 7\ndata: one\ndata: two\n\n')).toEqual([
      { event: 'message', data: 'one\ntwo', id: '7' },
    ]);
  });
});
