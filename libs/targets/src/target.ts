/** A year's signing target (签约目标) in 万元, for the zone and optionally by track, park and owner. */
export interface Target {
  year: number;
  signedAmountWan: string;
  byTrack: Record<string, string>;
  byPark: Record<string, string>;
  byOwner: Record<string, string>;
  updatedAt: string;
  updatedBy: string | null;
}

/** What a client sends; amounts are still unparsed (string or JSON number) until the service validates them. */
export interface TargetInput {
  signedAmountWan: unknown;
  byTrack?: Record<string, unknown>;
  byPark?: Record<string, unknown>;
  byOwner?: Record<string, unknown>;
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
}

export type TotalsDimension = 'zone' | 'track' | 'park' | 'owner';

export interface TotalRow {
  dimension: TotalsDimension;
  key: string;
  signedWan: string;
  count: number;
}
