import { Decimal, formatWan, ratio, wanToYi } from '@luodi/core';
import { BuildType, BUILD_TYPES, PLAN_CATEGORIES, PlanCategory } from './plan';

/**
 * The plan report (年度计划执行情况), assembled from SQL aggregates by pure functions:
 * - 开工率 (startRate): of the plans whose planned start month is in the year, how many started construction in the
 *   year (the lead's construction start date falls in the year and it is now under construction or producing).
 * - 投资完成率 (investmentCompletionRate): 投资完成额 recorded for months of the year ÷ the year's planned investment.
 * - 新建占比 (newBuildShare): planned investment of 新建 plans ÷ all planned investment.
 * - byMonth: running totals from January; each month's ratios are over the whole year's denominators, so
 *   December's equal the year's.
 */
export interface PlanGroupRow {
  category: PlanCategory;
  buildType: BuildType;
  projects: number;
  plannedWan: string;
  plannedToStart: number;
  started: number;
  completedWan: string;
}

export type PlanMonthKind = 'plannedToStart' | 'started' | 'completed';

/** One month's own (not cumulative) value of one kind: a count, or 万元 for `completed`. */
export interface PlanMonthRow {
  kind: PlanMonthKind;
  month: number;
  value: string;
}

export interface RateValue {
  numerator: string;
  denominator: string;
  ratio: string | null;
}

export interface PlanFigures {
  projects: number;
  plannedInvestmentWan: string;
  plannedInvestmentYi: string;
  newBuildInvestmentWan: string;
  newBuildShare: string | null;
  completedWan: string;
  completedYi: string;
  startRate: RateValue;
  investmentCompletionRate: RateValue;
}

export interface PlanMonth {
  /** `YYYY-MM`. */
  month: string;
  plannedToStart: number;
  started: number;
  completedWan: string;
  startRatio: string | null;
  completionRatio: string | null;
}

export interface PlanYearFigures extends PlanFigures {
  year: number;
  byMonth: PlanMonth[];
}

export interface PlanReport extends PlanYearFigures {
  /** The filter on 省级重点工程, echoed: true for the key list only, null for all projects. */
  provincialKey: boolean | null;
  byCategory: (PlanFigures & { category: PlanCategory })[];
  byBuildType: (PlanFigures & { buildType: BuildType })[];
  /** The same figures a year earlier (同比). */
  lastYear: PlanYearFigures;
  /** The figures as the zone writes them: "50个省级重点工程项目，开工率89.9%，…". */
  statement: string;
}

export function figures(rows: PlanGroupRow[]): PlanFigures {
  let projects = 0;
  let plannedToStart = 0;
  let started = 0;
  let planned = new Decimal(0);
  let newBuild = new Decimal(0);
  let completed = new Decimal(0);
  for (const r of rows) {
    projects += r.projects;
    plannedToStart += r.plannedToStart;
    started += r.started;
    planned = planned.plus(r.plannedWan);
    completed = completed.plus(r.completedWan);
    if (r.buildType === 'new') newBuild = newBuild.plus(r.plannedWan);
  }
  return {
    projects,
    plannedInvestmentWan: formatWan(planned),
    plannedInvestmentYi: wanToYi(planned),
    newBuildInvestmentWan: formatWan(newBuild),
    newBuildShare: ratio(newBuild, planned),
    completedWan: formatWan(completed),
    completedYi: wanToYi(completed),
    startRate: {
      numerator: String(started),
      denominator: String(plannedToStart),
      ratio: ratio(String(started), String(plannedToStart)),
    },
    investmentCompletionRate: {
      numerator: formatWan(completed),
      denominator: formatWan(planned),
      ratio: ratio(completed, planned),
    },
  };
}

/** Running totals from January to December over the year's denominators. */
export function months(year: number, rows: PlanMonthRow[], whole: PlanFigures): PlanMonth[] {
  const own = (kind: PlanMonthKind, m: number) =>
    rows.filter((r) => r.kind === kind && r.month === m).reduce((a, r) => a.plus(r.value), new Decimal(0));
  const out: PlanMonth[] = [];
  let plannedToStart = new Decimal(0);
  let started = new Decimal(0);
  let completed = new Decimal(0);
  for (let m = 1; m <= 12; m++) {
    plannedToStart = plannedToStart.plus(own('plannedToStart', m));
    started = started.plus(own('started', m));
    completed = completed.plus(own('completed', m));
    out.push({
      month: `${year}-${String(m).padStart(2, '0')}`,
      plannedToStart: plannedToStart.toNumber(),
      started: started.toNumber(),
      completedWan: formatWan(completed),
      startRatio: ratio(started, whole.startRate.denominator),
      completionRatio: ratio(completed, whole.investmentCompletionRate.denominator),
    });
  }
  return out;
}

export function yearFigures(
  year: number,
  groups: PlanGroupRow[],
  monthRows: PlanMonthRow[],
): PlanYearFigures {
  const whole = figures(groups);
  return { year, ...whole, byMonth: months(year, monthRows, whole) };
}

export function assemblePlanReport(
  provincialKey: boolean | null,
  current: { year: number; groups: PlanGroupRow[]; months: PlanMonthRow[] },
  last: { year: number; groups: PlanGroupRow[]; months: PlanMonthRow[] },
): PlanReport {
  const report = yearFigures(current.year, current.groups, current.months);
  return {
    ...report,
    provincialKey,
    byCategory: PLAN_CATEGORIES.map((category) => ({
      category,
      ...figures(current.groups.filter((g) => g.category === category)),
    })),
    byBuildType: BUILD_TYPES.map((buildType) => ({
      buildType,
      ...figures(current.groups.filter((g) => g.buildType === buildType)),
    })),
    lastYear: yearFigures(last.year, last.groups, last.months),
    statement: planStatement(report, provincialKey === true),
  };
}

/** A ratio ("0.8990") as the zone writes a percentage: one decimal at most, a trailing zero dropped ("89.9%", "41%"). */
export function percentText(r: string | null): string {
  if (r === null) return '—';
  return `${new Decimal(r).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toString()}%`;
}

/** 亿元 with one decimal at most ("232.2亿元"). */
export function yiText(wan: string): string {
  return `${new Decimal(wan).div(10000).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toString()}亿元`;
}

/** "50个省级重点工程项目，开工率89.9%，投资完成率33.2%，年度计划投资232.2亿元，其中新建占41%". */
export function planStatement(f: PlanFigures, provincialKeyOnly: boolean): string {
  const what = provincialKeyOnly ? '省级重点工程项目' : '年度计划项目';
  return (
    `${f.projects}个${what}，开工率${percentText(f.startRate.ratio)}，` +
    `投资完成率${percentText(f.investmentCompletionRate.ratio)}，` +
    `年度计划投资${yiText(f.plannedInvestmentWan)}，其中新建占${percentText(f.newBuildShare)}`
  );
}
