/**
 * A lead's stage timeline (pure, unit-tested): for each open stage, when it was entered and left, the days spent,
 * and for the current stage its deadline and whether it is overdue. Built from the transitions (which keep dates
 * a later move back cleared from the lead) and the lead's current stage.
 */
import { daysBetween } from './form-rules';
import { STAGES, type OpenStage, type Stage } from './labels';

export interface TimelineTransition {
  from: string;
  to: string;
  date: string;
}

export interface TimelineInput {
  stage: string;
  stageEnteredAt: string;
  stageDeadline: string | null;
  createdAt: string;
}

export interface TimelineStep {
  stage: OpenStage;
  status: 'done' | 'current' | 'pending';
  enteredAt: string | null;
  leftAt: string | null;
  days: number | null;
  deadline: string | null;
  overdue: boolean;
  overdueDays: number;
}

export function stageTimeline(
  lead: TimelineInput,
  transitions: TimelineTransition[],
  today: string,
  createdDate: string,
): TimelineStep[] {
  // Walk the moves in order; the latest entry into each stage wins (a move back and forward again re-enters).
  const entered = new Map<string, string>([['lead', createdDate]]);
  const left = new Map<string, string>();
  for (const t of transitions) {
    left.set(t.from, t.date);
    entered.set(t.to, t.date);
    left.delete(t.to);
  }
  const current = lead.stage === 'lost' ? null : (lead.stage as OpenStage);
  const currentIndex = current ? STAGES.indexOf(current) : -1;
  return STAGES.map((stage, i) => {
    const isCurrent = stage === current;
    const reached = current ? i <= currentIndex : entered.has(stage);
    const enteredAt = isCurrent ? lead.stageEnteredAt : reached ? (entered.get(stage) ?? null) : null;
    const leftAt = isCurrent || !reached ? null : (left.get(stage) ?? null);
    const end = isCurrent ? today : leftAt;
    const days = enteredAt && end ? Math.max(0, daysBetween(enteredAt, end)) : null;
    const deadline = isCurrent ? lead.stageDeadline : null;
    const overdueDays = deadline && stage !== 'production' ? Math.max(0, daysBetween(deadline, today)) : 0;
    return {
      stage,
      status: isCurrent ? 'current' : reached ? 'done' : 'pending',
      enteredAt,
      leftAt,
      days,
      deadline,
      overdue: overdueDays > 0,
      overdueDays,
    };
  });
}

/** The stage a lead moves forward to, if any. */
export function nextStage(stage: string): OpenStage | null {
  const i = STAGES.indexOf(stage as OpenStage);
  return i >= 0 && i < STAGES.length - 1 ? STAGES[i + 1] : null;
}

/** Stages a supervisor may move a lead back to (earlier open stages), or reopen a lost one at. */
export function earlierStages(stage: Stage, lostFrom: OpenStage | null = null): OpenStage[] {
  if (stage === 'lost') return STAGES.slice(0, STAGES.indexOf(lostFrom ?? 'lead') + 1);
  return STAGES.slice(0, Math.max(0, STAGES.indexOf(stage)));
}
