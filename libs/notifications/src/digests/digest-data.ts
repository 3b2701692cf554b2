import type { CalendarDate } from '@luodi/core';

/** The week a digest is for, and the dates its figures cover. */
export interface DigestPeriod {
  /** ISO week the digest is sent in (`2026-W49`); the subject names it with its dates. */
  week: string;
  weekStart: CalendarDate;
  weekEnd: CalendarDate;
  /** Last week, whose events the digest reports. */
  lastWeek: { from: CalendarDate; to: CalendarDate };
  /** The zone date the state (progress, warnings, deadlines) is taken on: the day it is composed. */
  asOf: CalendarDate;
}

// ---- The staff digest (我的本周项目) ----

/** An open lead of the staff member, as the digest shows it. */
export interface StaffLead {
  id: string;
  companyName: string;
  projectName: string;
  stageNameZh: string;
  stageDeadline: CalendarDate | null;
  /** The next follow-up's zone date, if any. */
  followUpOn: CalendarDate | null;
}

export interface StaffSections {
  /** Past their stage deadline, most overdue first. */
  overdue: (StaffLead & { daysOverdue: number })[];
  /** Deadline from today to the end of the coming week, soonest first. */
  dueSoon: (StaffLead & { daysLeft: number })[];
  /** Neither of the above, with a follow-up due by the end of the coming week or missed in the last 30 days. */
  followUps: StaffLead[];
}

export interface LoggedActivity {
  leadId: string;
  companyName: string;
  projectName: string;
  date: CalendarDate;
  kindZh: string;
  summary: string;
}

export interface StaffDigestData extends StaffSections {
  period: DigestPeriod;
  userName: string;
  /** Deadlines and follow-ups are listed up to this date (the end of the coming week). */
  until: CalendarDate;
  /** Follow-ups missed since this date are listed. */
  followUpsSince: CalendarDate;
  /** Open leads by stage (production and lost excluded), in stage order. */
  pipeline: { stageNameZh: string; count: number }[];
  logged: LoggedActivity[];
  loggedCount: number;
}

// ---- The supervisors' digest (全区招商周报) ----

export interface DigestEvent {
  id: string;
  companyName: string;
  projectName: string;
  amountWan: string;
  ownerName: string;
  date: CalendarDate;
}

export interface EventGroup {
  labelZh: string;
  count: number;
  amountWan: string;
  /** What the amount is (新增 shows planned investment; the others the signed amount). */
  amountLabel: string;
  items: DigestEvent[];
}

export interface ProgressSummary {
  year: number;
  targetWan: string;
  signedWan: string;
  ratio: string | null;
  /** The even pace (序时进度): what should be signed by the as-of date. */
  expectedWan: string;
  expectedRatio: string | null;
  /** signed − expected: positive ahead of the pace, negative behind. */
  gapWan: string;
  signedCount: number;
  /** 投资强度 and 新增产值 against their yearly targets, when set (issue 16). */
  yardsticks?: {
    labelZh: string;
    targetWan: string;
    actualWan: string;
    ratio: string | null;
    expectedWan: string;
  }[];
}

export interface BreakdownLine {
  nameZh: string;
  code: string;
  signedWan: string;
  targetWan: string | null;
  ratio: string | null;
  count: number;
}

export interface OverdueLine {
  id: string;
  companyName: string;
  projectName: string;
  stageNameZh: string;
  ownerName: string;
  leaderName: string | null;
  stageDeadline: CalendarDate;
  daysOverdue: number;
}

export interface FunnelLine {
  stageNameZh: string;
  reached: number;
  amountWan: string;
  conversion: string | null;
  medianDays: number | null;
}

export interface ZoneDigestData {
  period: DigestPeriod;
  userName: string;
  year: number;
  /** Null when the year has no target. */
  progress: ProgressSummary | null;
  /** Signed last week (the 三个一批 signing rule): the change since the week before. */
  newlySigned: { count: number; amountWan: string };
  events: EventGroup[];
  byTrack: BreakdownLine[];
  byPark: BreakdownLine[];
  warnings: { red: number; yellow: number; green: number };
  mostOverdue: OverdueLine[];
  /** 问题台账与督办 (issue 14): present when there are open problems or overdue orders. */
  problems?: { openProblems: number; overdueProblems: number; overdueOrders: number };
  funnel: {
    from: CalendarDate;
    to: CalendarDate;
    total: number;
    lost: number;
    stages: FunnelLine[];
    /** The step with the lowest conversion: where most leads stall. */
    stall: { fromNameZh: string; toNameZh: string; conversion: string } | null;
  };
}
