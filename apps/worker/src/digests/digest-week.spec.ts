import { digestWeekOf } from './digest-week';

const SH = 'Asia/Shanghai';

describe('the week of a digest job', () => {
  it('uses the week asked for', () => {
    expect(digestWeekOf({ data: { week: '2024-W14' }, opts: {}, timestamp: 0 }, SH)).toBe('2024-W14');
  });

  it('takes the scheduled slot in Shanghai time, not the process time zone', () => {
    const sunday2330 = Date.parse('2024-04-07T15:30:00Z');
    const monday0010 = Date.parse('2024-04-07T16:10:00Z');
    expect(digestWeekOf({ data: {}, opts: { prevMillis: sunday2330 }, timestamp: Date.now() }, SH)).toBe(
      '2024-W14',
    );
    expect(digestWeekOf({ data: {}, opts: { prevMillis: monday0010 }, timestamp: Date.now() }, SH)).toBe(
      '2024-W15',
    );
  });

  it('falls back to the creation time of a job without a slot', () => {
    expect(digestWeekOf({ data: {}, opts: {}, timestamp: Date.parse('2024-12-30T01:00:00Z') }, SH)).toBe(
      '2025-W01',
    );
  });
});
