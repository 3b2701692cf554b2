import type { SigningsReport, TargetProgress } from '../api/types';
import { breakdownBars, monthlyLine, targetGauge } from './charts';

/** A series' tooltip as ECharts calls it for an axis tooltip: the float value and the point's data index. */
type Series = {
  name: string;
  data: (number | null)[];
  tooltip: { valueFormatter: (v: unknown, i: number) => string };
};
const tooltipOf = (s: Series, i: number) => s.tooltip.valueFormatter(s.data[i], i);

function signings(year: number, cumulative: string[]): SigningsReport {
  return {
    year,
    count: 1,
    signedWan: cumulative[cumulative.length - 1],
    months: cumulative.map((c, i) => ({
      month: `${year}-${String(i + 1).padStart(2, '0')}`,
      count: 1,
      signedWan: c,
      cumulativeWan: c,
    })),
  };
}

describe('chart figures people read come from the exact decimal strings', () => {
  // 12345678.91 万元 is 1234.567891 亿元 as a float (shown raw by ECharts' default tooltip); 10000050 万元 is
  // 1000.005 亿元 exactly, which a float rounds down to "1000.00" while the bureau's half-up rule says 1,000.01.
  const months = [...Array(10).fill('0.0000'), '12345678.9100', '10000050.0000'];

  it('the monthly line tooltip shows each series’ exact 亿元', () => {
    const option = monthlyLine(signings(2026, months), signings(2025, months), '10000050.0000', 12);
    const [now, last, pace] = option.series as unknown as Series[];
    expect((10000050 / 10000).toFixed(2)).toBe('1000.00'); // what the float said before
    expect(now.data[11]).toBeCloseTo(1000.005);
    expect(tooltipOf(now, 10)).toBe('1,234.57亿元');
    expect(tooltipOf(now, 11)).toBe('1,000.01亿元');
    expect(tooltipOf(last, 11)).toBe('1,000.01亿元');
    expect(pace.name).toBe('序时进度');
    expect(tooltipOf(pace, 11)).toBe('1,000.01亿元');
    expect(tooltipOf(pace, 0)).toBe('84.93亿元'); // 10000050 × 31 ÷ 365 = 849319.3151万元
  });

  it('the months not yet shown have no points and no tooltip figures', () => {
    const option = monthlyLine(signings(2026, months), null, null, 3);
    const [now] = option.series as unknown as Series[];
    expect(now.data).toHaveLength(3);
    expect(option.series).toHaveLength(1);
  });

  it('breakdown bars: label and tooltip exact, a line without a target reads —', () => {
    const option = breakdownBars([
      { name: '新材料', signedWan: '12345678.9100', targetWan: '10000050.0000' },
      { name: '园区甲', signedWan: '10000050.0000', targetWan: null },
    ]);
    const [signed, target] = option.series as unknown as (Series & {
      label: { formatter: (p: { dataIndex: number }) => string };
    })[];
    // Bars run bottom-up: the first line is the last data point.
    expect(option.yAxis.data).toEqual(['园区甲', '新材料']);
    expect(tooltipOf(signed, 1)).toBe('1,234.57亿元');
    expect(signed.label.formatter({ dataIndex: 1 })).toBe('1,234.57亿元');
    expect(tooltipOf(signed, 0)).toBe('1,000.01亿元');
    expect(tooltipOf(target, 1)).toBe('1,000.01亿元');
    expect(tooltipOf(target, 0)).toBe('—');
  });
});

describe('the 完成率 gauge', () => {
  const progress = {
    targetWan: '6000000.0000',
    signedWan: '550000.0000',
    expectedByTodayWan: '5523300.0000',
    ratio: '0.0917',
  } as TargetProgress;
  type Gauge = { startAngle: number; endAngle: number; data: { value: number }[] };
  const [done, pace] = targetGauge(progress).series as unknown as Gauge[];

  it('draws the 序时进度 pointer on the same arc as 完成率 (the same percent points the same way)', () => {
    expect([pace.startAngle, pace.endAngle]).toEqual([done.startAngle, done.endAngle]);
    expect(done.data[0].value).toBeCloseTo(9.1667, 3);
    expect(pace.data[0].value).toBeCloseTo(92.055, 3);
  });

  it('ends its arc above the centre figure (the 0% and 100% labels clear it), sweeping left to right', () => {
    // Below the horizontal by at most 30° at either end (ECharts' default 225° → -45° put the labels beside the figure).
    expect(done.startAngle).toBeGreaterThan(180);
    expect(done.startAngle).toBeLessThanOrEqual(210);
    expect(done.endAngle).toBeLessThan(0);
    expect(done.endAngle).toBeGreaterThanOrEqual(-30);
    expect(done.startAngle - 180).toBe(-done.endAngle);
  });
});
