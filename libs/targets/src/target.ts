/** A year's signing target (签约目标) in 万元, for the zone and optionally by track, park and owner. */
export interface Target {
  year: number;
  signedAmountWan: string;
  byTrack: Record<string, string>;
  byPark: Record<string, string>;
  byOwner: Record<string, string>;
  /** 年度投资目标 (投资强度) and 新增产值目标, 万元, when set. */
  investmentWan: string | null;
  newOutputWan: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

/** What a client sends; amounts are still unparsed (string or JSON number) until the service validates them. */
export interface TargetInput {
  signedAmountWan: unknown;
  byTrack?: Record<string, unknown>;
  byPark?: Record<string, unknown>;
  byOwner?: Record<string, unknown>;
  investmentWan?: unknown;
  newOutputWan?: unknown;
}

export interface ProgressLine {
  targetWan: string | null;
  signedWan: string;
  ratio: string | null;
  count: number;
}

export interface TargetProgress {
  year: number;
  targetWan: string;
  targetYi: string;
  signedWan: string;
  signedYi: string;
  /** signed / target, 4 fraction digits. */
  ratio: string | null;
  /** target − signed, never below zero. */
  remainingWan: string;
  /** target × elapsed days of the year (Asia/Shanghai, today included) / days in the year. */
  expectedByTodayWan: string;
  count: number;
  byTrack: (ProgressLine & { track: string })[];
  /** The parks, then `{ park: null }` for leads without one (未落园区), so the parts add up to the whole. */
  byPark: (ProgressLine & { park: string | null })[];
  byOwner: (ProgressLine & { ownerId: string; ownerName: string | null })[];
  /** When the totals were computed (ISO UTC). */
  asOf: string;
  /** 投资强度: 投资完成额 recorded for months of the year against `investmentWan`; null when no such target. */
  investment: Yardstick | null;
  /** 新增产值: 产值 reported for quarters of the year (投产达效) against `newOutputWan`; null when no such target. */
  newOutput: Yardstick | null;
}

/** A yearly amount target with what is done and the even-pace mark (序时进度). */
export interface Yardstick {
  targetWan: string;
  targetYi: string;
  actualWan: string;
  actualYi: string;
  ratio: string | null;
  expectedByTodayWan: string;
  /** actual ÷ expected by today: 1 or more is on pace. */
  paceRatio: string | null;
}

export type TotalsDimension = 'zone' | 'track' | 'park' | 'owner';

export interface TotalRow {
  dimension: TotalsDimension;
  key: string;
  signedWan: string;
  count: number;
}
