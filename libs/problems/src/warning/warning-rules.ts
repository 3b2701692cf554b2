import { daysBetween } from '@luodi/core';

/**
 * 三色预警 with its reasons. Red: the stage is overdue, or one of the lead's problems or 督办 is past due. Yellow:
 * the stage deadline is within `deadlineSoonDays`, nothing was logged for `noActivityDays`, or a problem has been
 * open longer than `problemAgingDays`. Open leads only (`null` for production and lost). The SQL of the list's
 * `warning` filter (warning-sql.ts) says the same.
 */
export const WARNING_REASONS = [
  'stage_overdue',
  'deadline_soon',
  'no_activity',
  'problem_overdue',
  'problem_aging',
  'supervision_overdue',
] as const;
export type WarningReason = (typeof WARNING_REASONS)[number];

export const WARNING_REASON_NAMES: Record<WarningReason, string> = {
  stage_overdue: '阶段逾期',
  deadline_soon: '阶段即将到期',
  no_activity: '长期无跟进',
  problem_overdue: '问题逾期未办结',
  problem_aging: '问题久拖未决',
  supervision_overdue: '督办逾期',
};

const RED: readonly WarningReason[] = ['stage_overdue', 'problem_overdue', 'supervision_overdue'];

export type WarningColour = 'red' | 'yellow' | 'green';

export interface WarningSettings {
  deadlineSoonDays: number;
  noActivityDays: number;
  problemAgingDays: number;
}

/** The thresholds before they were configurable (7 and 30 days), and 14 days for a problem. */
export const DEFAULT_WARNING_SETTINGS: WarningSettings = {
  deadlineSoonDays: 7,
  noActivityDays: 30,
  problemAgingDays: 14,
};

export interface WarningInputs {
  /** Whether the lead is open (not production, not lost). */
  open: boolean;
  stageDeadline: string | null;
  lastActivityOrCreation: Date;
  /** The earliest due date of the lead's open (not resolved) problems. */
  openProblemMinDue: string | null;
  /** When the oldest of its open problems was raised. */
  oldestOpenProblemAt: Date | null;
  /** The earliest due date of its 督办 the assignees still owe (not reported, not closed). */
  openOrderMinDue: string | null;
}

export interface LeadWarning {
  warning: WarningColour | null;
  warningReasons: WarningReason[];
}

const DAY_MS = 86_400_000;

export function deriveLeadWarning(
  i: WarningInputs,
  settings: WarningSettings,
  now: Date,
  today: string,
): LeadWarning {
  if (!i.open) return { warning: null, warningReasons: [] };
  const fired: WarningReason[] = [];
  const deadline = i.stageDeadline;
  if (deadline !== null && today > deadline) fired.push('stage_overdue');
  else if (deadline !== null && daysBetween(today, deadline) <= settings.deadlineSoonDays)
    fired.push('deadline_soon');
  if (now.getTime() - i.lastActivityOrCreation.getTime() > settings.noActivityDays * DAY_MS)
    fired.push('no_activity');
  if (i.openProblemMinDue !== null && today > i.openProblemMinDue) fired.push('problem_overdue');
  if (
    i.oldestOpenProblemAt !== null &&
    now.getTime() - i.oldestOpenProblemAt.getTime() > settings.problemAgingDays * DAY_MS
  )
    fired.push('problem_aging');
  if (i.openOrderMinDue !== null && today > i.openOrderMinDue) fired.push('supervision_overdue');
  const reasons = WARNING_REASONS.filter((r) => fired.includes(r));
  const warning = reasons.some((r) => RED.includes(r)) ? 'red' : reasons.length > 0 ? 'yellow' : 'green';
  return { warning, warningReasons: reasons };
}
