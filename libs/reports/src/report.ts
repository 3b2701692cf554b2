import type { OpenStage, StageCode } from '@luodi/catalog';

/** Filters every report accepts; `ownerId` narrows to one owner's leads (staff may only ask for their own). */
export interface ReportScope {
  track?: string;
  park?: string;
  ownerId?: string;
}

/** A period of zone calendar dates, both ends inclusive (`YYYY-MM-DD`, Asia/Shanghai). */
export interface Period {
  from: string;
  to: string;
}

export interface FunnelParams extends ReportScope {
  from?: string;
  to?: string;
}

export interface FunnelStage {
  stage: OpenStage;
  /** Leads that ever reached this stage or a later one (each lead once per stage). */
  reached: number;
  /** Planned investment for `lead`; from `signed` on, the signed amount (planned when none was recorded). */
  amountWan: string;
  /** reached / reached of the previous stage; null for the first stage or when the previous is 0. */
  conversionFromPrevious: string | null;
  /** Median over leads of the days spent in the stage (completed stays only); null when none left it. */
  medianDaysInStage: number | null;
  /** The 75th percentile of the same days (interpolated like percentile_cont); null when none left it. */
  p75DaysInStage: number | null;
  /** Of `reached`: went on to the next stage (null for the last); lost with this as the furthest stage; still here. */
  converted: number | null;
  lost: number;
  open: number;
  /** amountWan ÷ the previous stage's amountWan; null for the first stage or when the previous is 0. */
  conversionByAmount: string | null;
}

export interface LostReason {
  /** The reason as written (trimmed); null when none was recorded. */
  reason: string | null;
  count: number;
}

export interface FunnelReport {
  from: string | null;
  to: string | null;
  /** Leads created in the period (matching the filters). */
  total: number;
  stages: FunnelStage[];
  lost: { count: number; byStage: Record<OpenStage, number>; reasons: LostReason[] };
  /** The stage with the most leads still open at it (stalled), and the one with the most lost; null when none. */
  mostStalledStage: OpenStage | null;
  mostLostStage: OpenStage | null;
}

export interface OverdueParams extends ReportScope {
  /** Only the leads of this 包联领导. */
  leaderId?: string;
  /** The page of leads: at most this many (the summaries always cover all). */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

export interface OverdueLead {
  id: string;
  companyName: string;
  projectName: string;
  track: string;
  park: string | null;
  stage: StageCode;
  stageDeadline: string;
  daysOverdue: number;
  /** Always `red`: an overdue open lead is red by the 三色预警 rule. */
  warning: 'red';
  plannedInvestmentWan: string;
  ownerId: string;
  ownerName: string | null;
  leaderId: string | null;
  leaderName: string | null;
}

export interface OverdueLeader {
  /** The 包联领导; null for the overdue leads without one. */
  leaderId: string | null;
  leaderName: string | null;
  count: number;
  maxDaysOverdue: number;
}

export interface OverdueOwner {
  ownerId: string;
  ownerName: string | null;
  count: number;
  maxDaysOverdue: number;
}

export interface OverdueReport {
  /** The zone date the report was computed for. */
  today: string;
  count: number;
  /** Every owner with overdue leads in scope, the most overdue leads first. */
  owners: OverdueOwner[];
  /** The same overdue leads by 包联领导, the longest overdue first. */
  leaders: OverdueLeader[];
  /** A page of the overdue leads themselves, the most overdue first (then by id). */
  items: OverdueLead[];
  nextCursor: string | null;
}

export type BatchesParams = Period & ReportScope;

export interface BatchLead {
  id: string;
  companyName: string;
  projectName: string;
  track: string;
  park: string | null;
  stage: StageCode;
  ownerId: string;
  /** The date of the event (signing, construction start or production start). */
  date: string;
  /** Signed amount (planned investment when no signed amount was recorded). */
  amountWan: string;
}

/** A list's figures: how many leads and their amount. */
export interface BatchTotal {
  count: number;
  amountWan: string;
}

export interface BatchGroup extends BatchTotal {
  items: BatchLead[];
}

/** 三个一批; `G` is `BatchTotal` for the summary (`summary=true`: the figures without the leads). */
export interface BatchesReport<G extends BatchTotal = BatchGroup> {
  from: string;
  to: string;
  signed: G;
  constructionStarted: G;
  productionStarted: G;
}

/** A period's pipeline events: 三个一批 plus new leads and landings (each group like a 三个一批 group). */
export interface PeriodEventsReport extends BatchesReport {
  created: BatchGroup;
  landed: BatchGroup;
}

export interface OwnersParams extends ReportScope {
  year: number;
}

export interface OwnerPerformance {
  ownerId: string;
  ownerName: string | null;
  role: string | null;
  active: boolean | null;
  /** Current leads per stage (all leads the user owns, whenever created). */
  leadsByStage: Record<StageCode, number>;
  leadCount: number;
  /** Signed amount counting in the year (counting rule of the targets). */
  signedWan: string;
  signedCount: number;
  targetWan: string | null;
  ratio: string | null;
  overdueCount: number;
  /** Activities the user logged (by_user_id) with occurredAt in the year (Asia/Shanghai). */
  activitiesCount: number;
}

export interface OwnersReport {
  year: number;
  owners: OwnerPerformance[];
}

export type KpisParams = OwnersParams;

export interface KpiValue {
  numerator: string;
  denominator: string;
  ratio: string | null;
}

export interface KpiSet {
  landingRate: KpiValue;
  constructionRate: KpiValue;
  /** 投产率: leads that started construction in the year (now building or producing) that are now producing. */
  productionRate: KpiValue;
  fundingRate: KpiValue;
  completionRate: KpiValue;
}

export interface KpisReport {
  year: number;
  zone: KpiSet;
  byTrack: (KpiSet & { track: string })[];
  byPark: (KpiSet & { park: string })[];
}

export type SigningsParams = OwnersParams;

export interface SigningMonth {
  /** `YYYY-MM`. */
  month: string;
  signedWan: string;
  count: number;
  /** Signed from January to the end of this month. */
  cumulativeWan: string;
}

export interface SigningsReport {
  year: number;
  signedWan: string;
  count: number;
  /** All twelve months, January first. */
  months: SigningMonth[];
}
