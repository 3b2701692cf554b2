import type { Yardstick } from '@luodi/targets';

/** Results after production (投产达效): a producing lead's quarterly 产值, 税收 (万元) and 就业 (people). */
export interface LeadResult {
  leadId: string;
  /** `2025-Q1`. */
  quarter: string;
  outputWan: string;
  taxWan: string;
  employees: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface ResultInput {
  outputWan: unknown;
  taxWan: unknown;
  employees: number;
}

export interface ResultTotals {
  /** Producing leads with results in the period. */
  projects: number;
  outputWan: string;
  outputYi: string;
  taxWan: string;
  taxYi: string;
  /** Each lead's latest reported headcount in the period, added up. */
  employees: number;
}

export interface ResultsReport extends ResultTotals {
  year: number;
  /** 新增产值 against the year's 新增产值目标 (null when none is set). */
  newOutput: Yardstick | null;
  byQuarter: (ResultTotals & { quarter: string; cumulativeOutputWan: string })[];
  byTrack: (ResultTotals & { track: string })[];
  /** The parks, then `park: null` for leads without one. */
  byPark: (ResultTotals & { park: string | null })[];
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** `2025-Q1` → year and quarter, or null when not a quarter between 2000 and 2100. */
export function parseQuarter(value: unknown): { year: number; quarter: number } | null {
  const m = typeof value === 'string' ? QUARTER.exec(value) : null;
  if (!m || m[1] < '2000' || m[1] > '2100') return null;
  return { year: Number(m[1]), quarter: Number(m[2]) };
}

/** The first day of the quarter, `YYYY-MM-DD`. */
export function quarterStart(q: { year: number; quarter: number }): string {
  return `${q.year}-${String(q.quarter * 3 - 2).padStart(2, '0')}-01`;
}
