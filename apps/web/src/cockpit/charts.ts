/**
 * The cockpit's chart options (ECharts), shared by the cockpit, the 大屏 and the 通报. Numbers here are chart
 * geometry only (亿元 as floats); every figure a user reads comes from @luodi/format on the exact decimal strings.
 */
import { formatPercent, formatYi } from '@luodi/format';
import type { FunnelReport, SigningsReport, TargetProgress } from '../api/types';
import { STAGE_NAMES } from '../domain/labels';
import { evenPaceByMonth } from './cockpit-query';

export interface Theme {
  text: string;
  muted: string;
  grid: string;
  fontSize: number;
}
export const LIGHT: Theme = { text: '#1f2329', muted: '#6b7280', grid: '#e5e7eb', fontSize: 12 };
export const DARK: Theme = { text: '#e8f1ff', muted: '#8fb3e0', grid: '#1e3a5f', fontSize: 22 };
const RED = '#c0392b';
const BLUE = '#2f6fdf';
const GREY = '#9ca3af';

/** 亿元 as a float: chart geometry only (bar lengths, line heights), never text. */
const yi = (wan: string) => Number(wan) / 10000;
/**
 * A series' tooltip that reads the exact 万元 string behind each point (ECharts passes the data index), so the
 * tooltip shows "1,234.57亿元" from the decimal, not the float's rounding; no figure → "—".
 */
const exactTooltip = (wans: (string | null)[]) => ({
  valueFormatter: (_value: unknown, dataIndex: number) => {
    const wan = wans[dataIndex];
    return wan === null || wan === undefined ? '—' : formatYi(wan);
  },
});
const axis = (t: Theme) => ({
  axisLabel: { color: t.muted, fontSize: t.fontSize },
  axisLine: { lineStyle: { color: t.grid } },
  splitLine: { lineStyle: { color: t.grid } },
});

/**
 * The gauges' arc: 220° from 0% (lower left) to 100% (lower right). ECharts' default 270° put the 0% and 100% labels
 * level with the 完成率 figure under the centre, and "100%" touched it.
 */
const GAUGE_ARC = { startAngle: 200, endAngle: -20 };

/** 完成率 as a gauge, with the 序时进度 as a second, thin pointer. */
export function targetGauge(p: TargetProgress, t: Theme = LIGHT) {
  const pct = (wan: string) => (Number(p.targetWan) > 0 ? (Number(wan) / Number(p.targetWan)) * 100 : 0);
  return {
    series: [
      {
        type: 'gauge',
        ...GAUGE_ARC,
        min: 0,
        max: 100,
        radius: '92%',
        center: ['50%', '56%'],
        splitNumber: 4,
        progress: { show: true, width: 14, itemStyle: { color: RED } },
        axisLine: { lineStyle: { width: 14, color: [[1, t.grid]] } },
        axisTick: { show: false },
        splitLine: { length: 6, distance: 2, lineStyle: { color: t.muted } },
        axisLabel: { color: t.muted, fontSize: t.fontSize * 0.8, distance: 22, formatter: '{value}%' },
        pointer: { width: 5, length: '60%', itemStyle: { color: RED } },
        anchor: { show: true, size: 8, itemStyle: { color: RED } },
        title: { color: t.muted, fontSize: t.fontSize, offsetCenter: [0, '78%'] },
        detail: {
          color: t.text,
          fontSize: t.fontSize * 2,
          offsetCenter: [0, '48%'],
          formatter: () => formatPercent(p.ratio),
        },
        data: [{ value: Math.min(pct(p.signedWan), 100), name: '完成率' }],
      },
      {
        type: 'gauge',
        ...GAUGE_ARC,
        min: 0,
        max: 100,
        axisLine: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        radius: '92%',
        center: ['50%', '56%'],
        pointer: { width: 3, length: '80%', itemStyle: { color: BLUE } },
        title: { show: false },
        detail: { show: false },
        data: [{ value: Math.min(pct(p.expectedByTodayWan), 100), name: '序时进度' }],
      },
    ],
  };
}

/** Cumulative signed amount by month, this year and last year, against the even-pace line to the target. */
export function monthlyLine(
  now: SigningsReport,
  last: SigningsReport | null,
  targetWan: string | null,
  throughMonth: number,
  t: Theme = LIGHT,
) {
  const months = now.months.map((_, i) => `${i + 1}月`);
  const shown = now.months.slice(0, throughMonth).map((m) => m.cumulativeWan);
  const series: Record<string, unknown>[] = [
    {
      name: `${now.year}年累计签约`,
      type: 'line',
      data: shown.map(yi),
      tooltip: exactTooltip(shown),
      itemStyle: { color: RED },
      lineStyle: { width: 3 },
    },
  ];
  if (last) {
    const lastWans = last.months.map((m) => m.cumulativeWan);
    series.push({
      name: `${last.year}年同期`,
      type: 'line',
      data: lastWans.map(yi),
      tooltip: exactTooltip(lastWans),
      itemStyle: { color: GREY },
      lineStyle: { type: 'dashed' },
    });
  }
  if (targetWan) {
    const pace = evenPaceByMonth(now.year, targetWan);
    series.push({
      name: '序时进度',
      type: 'line',
      symbol: 'none',
      data: pace.map(yi),
      tooltip: exactTooltip(pace),
      itemStyle: { color: BLUE },
      lineStyle: { type: 'dotted' },
    });
  }
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: t.text, fontSize: t.fontSize } },
    grid: { left: 8, right: 16, top: t.fontSize * 3, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months, ...axis(t) },
    yAxis: { type: 'value', ...axis(t), axisLabel: { ...axis(t).axisLabel, formatter: '{value}亿' } },
    series,
  };
}

export interface BreakdownLine {
  name: string;
  signedWan: string;
  targetWan: string | null;
}

/** Signed against target per line (track, park, owner), as horizontal bars, the first line on top. */
export function breakdownBars(lines: BreakdownLine[], t: Theme = LIGHT) {
  const names = lines.map((l) => l.name).reverse();
  const rev = [...lines].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, textStyle: { color: t.text, fontSize: t.fontSize } },
    grid: { left: 8, right: 72, top: t.fontSize * 2.5, bottom: 8, containLabel: true },
    xAxis: { type: 'value', ...axis(t), axisLabel: { ...axis(t).axisLabel, formatter: '{value}亿' } },
    yAxis: { type: 'category', data: names, ...axis(t) },
    series: [
      {
        name: '已签约',
        type: 'bar',
        data: rev.map((l) => yi(l.signedWan)),
        tooltip: exactTooltip(rev.map((l) => l.signedWan)),
        itemStyle: { color: RED },
        label: {
          show: true,
          position: 'right',
          color: t.text,
          fontSize: t.fontSize,
          formatter: (p: { dataIndex: number }) => formatYi(rev[p.dataIndex].signedWan),
        },
      },
      {
        name: '目标',
        type: 'bar',
        data: rev.map((l) => (l.targetWan ? yi(l.targetWan) : null)),
        tooltip: exactTooltip(rev.map((l) => l.targetWan)),
        itemStyle: { color: t.grid },
      },
    ],
  };
}

/** The funnel of leads reached per stage (clicking a stage drills down). */
export function funnelChart(f: FunnelReport, t: Theme = LIGHT) {
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '10%',
        width: '80%',
        minSize: '12%',
        gap: 2,
        label: {
          color: '#fff',
          fontSize: t.fontSize,
          formatter: (p: { name: string; value: number }) => `${p.name} ${p.value}`,
        },
        data: f.stages.map((s, i) => ({
          name: STAGE_NAMES[s.stage],
          value: s.reached,
          itemStyle: { color: ['#1d4ed8', RED, '#d97706', '#059669', '#7c3aed'][i] },
        })),
      },
    ],
  };
}

/** 三色预警 counts as three bars in their colours. */
export function warningBars(counts: { red: number; yellow: number; green: number }, t: Theme = LIGHT) {
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', ...axis(t), minInterval: 1 },
    yAxis: { type: 'category', data: ['绿灯', '黄灯', '红灯'], ...axis(t) },
    series: [
      {
        type: 'bar',
        data: [
          { value: counts.green, itemStyle: { color: '#16a34a' } },
          { value: counts.yellow, itemStyle: { color: '#eab308' } },
          { value: counts.red, itemStyle: { color: '#dc2626' } },
        ],
        label: { show: true, position: 'right', color: t.text, fontSize: t.fontSize },
      },
    ],
  };
}
