import type { TargetProgress } from '@luodi/targets';

/** A lead line in a digest. */
export interface DigestLead {
  id: string;
  companyName: string;
  projectName: string;
  stageNameZh: string;
  stageDeadline: string | null;
  ownerName: string;
  /** Positive: days past the deadline (overdue lists); for follow-ups the due date instead. */
  daysOverdue?: number;
  followUpOn?: string;
}

export interface StageCount {
  stageNameZh: string;
  count: number;
  amountWan: string;
}

/** A staff member's own week: pipeline, deadlines of the coming week, overdue leads and follow-ups due. */
export interface StaffDigestData {
  week: string;
  weekStart: string;
  weekEnd: string;
  userName: string;
  pipeline: StageCount[];
  deadlines: DigestLead[];
  overdue: DigestLead[];
  followUps: DigestLead[];
}

/** A funnel stage: leads that reached it, their amount and the conversion from the stage before. */
export interface FunnelLine {
  stageNameZh: string;
  reached: number;
  amountWan: string;
  conversion: string | null;
}

export interface OwnerOverdue {
  ownerName: string;
  count: number;
  maxDaysOverdue: number;
}

export interface BatchSummary {
  labelZh: string;
  count: number;
  amountWan: string;
}

/** The zone for supervisors and admins: target progress, funnel, overdue by owner, last week's 三个一批. */
export interface ZoneDigestData {
  week: string;
  weekStart: string;
  weekEnd: string;
  userName: string;
  progress: TargetProgress | null;
  funnel: FunnelLine[];
  overdueByOwner: OwnerOverdue[];
  lastWeek: { from: string; to: string };
  batches: BatchSummary[];
}
