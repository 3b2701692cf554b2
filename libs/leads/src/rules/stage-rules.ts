import { addDays, DomainError, FieldError, tr, ValidationFailedError } from '@luodi/core';
import {
  countsAsSigned,
  isOpenLead,
  OPEN_STAGES,
  OpenStage,
  poolOf,
  STAGE_NAMES_ZH,
  StageCode,
} from '@luodi/catalog';
import { APPROVAL_KINDS, APPROVAL_NAMES_ZH, ApprovalStatus, ApprovalKind, Lead, Pool } from '../lead/lead';
import { InvalidTransitionError, StageGateUnmetError, StageSkipError } from '../lead/leads.errors';

/**
 * The pipeline's rules, pure (no database, no clock): which moves are allowed, what each needs, which dates a
 * move sets or clears, and the derived fields pool / overdue / warning.
 */
export type TransitionKind = 'forward' | 'backward' | 'lost' | 'reopen';

export interface TransitionState {
  stage: StageCode;
  stageEnteredAt: string;
  lostFromStage: StageCode | null;
  signedAmountWan: string | null;
  approvals: Record<ApprovalKind, ApprovalStatus>;
}

export interface TransitionRequest {
  to: StageCode;
  date?: string;
  signedAmountWan?: string;
  reason?: string;
}

export interface TransitionPlan {
  kind: TransitionKind;
  date: string;
}

const orderOf = (s: OpenStage) => OPEN_STAGES.indexOf(s);
/** A stage as users read it: 落地 in Chinese, the code in English. */
const stageName = (s: StageCode) => tr(STAGE_NAMES_ZH[s], s);

export function isOpenStage(s: StageCode): s is OpenStage {
  return s !== 'lost';
}

/** Checks a move against the rules and returns its kind and effective date; throws the contract's errors. */
export function planTransition(
  state: TransitionState,
  req: TransitionRequest,
  ctx: { isSupervisor: boolean; today: string },
): TransitionPlan {
  const { stage: from } = state;
  const { to } = req;
  if (from === to) {
    throw new InvalidTransitionError(tr(`项目已处于${stageName(to)}阶段。`, `The lead is already at ${to}.`));
  }

  const kind = kindOf(from, to, state.lostFromStage);
  const reason = req.reason?.trim();
  if ((kind === 'backward' || kind === 'reopen') && !ctx.isSupervisor) {
    throw new DomainError(
      'FORBIDDEN',
      tr(
        '只有分管领导可以回退项目阶段或重启已终止的项目。',
        'Only supervisors move a lead backwards or reopen a lost one.',
      ),
    );
  }
  if (kind !== 'forward' && !reason) {
    throw new ValidationFailedError([
      {
        field: 'reason',
        message:
          kind === 'lost'
            ? tr('终止项目须填写原因', 'is required to close a lead')
            : tr('回退或重启项目须填写原因', 'is required to move a lead back or reopen it'),
      },
    ]);
  }

  const date = req.date ?? ctx.today;
  if (date > ctx.today) {
    throw new ValidationFailedError([
      { field: 'date', message: tr('不能晚于今天', 'must not be in the future') },
    ]);
  }
  if (date < state.stageEnteredAt) {
    throw new InvalidTransitionError(
      tr('日期早于项目进入当前阶段的日期。', 'The date is before the lead entered its current stage.'),
      [
        {
          field: 'date',
          message: tr(
            `不能早于${state.stageEnteredAt}（项目进入${stageName(from)}阶段的日期）`,
            `must not be before ${state.stageEnteredAt}, when the lead entered ${from}`,
          ),
        },
      ],
    );
  }

  if (kind === 'forward') {
    const missing = gateMissing(from as OpenStage, to as OpenStage, state, req);
    if (missing.length > 0) throw new StageGateUnmetError(missing, stageName(to));
  }
  return { kind, date };
}

function kindOf(from: StageCode, to: StageCode, lostFromStage: StageCode | null): TransitionKind {
  if (to === 'lost') return 'lost';
  if (from === 'lost') {
    // Reopening returns the lead to the stage it was lost from, or an earlier one: never a skip ahead.
    const ceiling = lostFromStage && isOpenStage(lostFromStage) ? lostFromStage : 'lead';
    if (orderOf(to) > orderOf(ceiling)) {
      throw new StageSkipError(
        tr(
          `已终止的项目只能重启到${stageName(ceiling)}或更早的阶段。`,
          `A lost lead reopens at ${ceiling} or an earlier stage.`,
        ),
      );
    }
    return 'reopen';
  }
  const step = orderOf(to) - orderOf(from);
  if (step > 1)
    throw new StageSkipError(
      tr(
        `项目须逐级推进，下一阶段是${stageName(OPEN_STAGES[orderOf(from) + 1])}。`,
        `Forward moves go one stage at a time: ${from} → ${OPEN_STAGES[orderOf(from) + 1]}.`,
      ),
    );
  return step === 1 ? 'forward' : 'backward';
}

/** What the gate into `to` still lacks, one entry per missing item. */
export function gateMissing(
  from: OpenStage,
  to: OpenStage,
  state: TransitionState,
  req: TransitionRequest,
): FieldError[] {
  if (from === 'lead' && to === 'signed') {
    return req.signedAmountWan || state.signedAmountWan
      ? []
      : [{ field: 'signedAmountWan', message: tr('签约须填写签约金额', 'is required to sign (签约金额)') }];
  }
  if (from === 'signed' && to === 'landed') {
    return APPROVAL_KINDS.filter((k) => state.approvals[k] !== 'done').map((k) => ({
      field: `approvals.${k}`,
      message: tr(`${APPROVAL_NAMES_ZH[k]}未完成`, `is not done (${APPROVAL_NAMES_ZH[k]})`),
    }));
  }
  return [];
}

/** Stages whose signed amount counts toward the year's target (the catalog's rule). */
export { countsAsSigned };

/** 到位资金 and 投资完成额 are recorded once a project has landed. */
export function recordsInvestments(stage: StageCode): boolean {
  return stage === 'landed' || stage === 'construction' || stage === 'production';
}

/** The date field each open stage sets when entered. */
export const STAGE_DATE_FIELD = {
  signed: 'signedAt',
  landed: 'landedAt',
  construction: 'constructionStartedAt',
  production: 'productionStartedAt',
} as const satisfies Partial<Record<StageCode, keyof Lead>>;
export type StageDateField = (typeof STAGE_DATE_FIELD)[keyof typeof STAGE_DATE_FIELD];
export const STAGE_DATE_FIELDS = Object.values(STAGE_DATE_FIELD);

/**
 * Date fields a move to `to` clears: moving back (or reopening) to a stage clears the dates of every later
 * stage, so the representation shows only stages the lead is at or past; the history keeps the old dates.
 */
export function datesClearedBy(to: StageCode): StageDateField[] {
  if (!isOpenStage(to)) return [];
  return OPEN_STAGES.filter((s) => orderOf(s) > orderOf(to))
    .map((s) => (STAGE_DATE_FIELD as Partial<Record<StageCode, StageDateField>>)[s])
    .filter((f): f is StageDateField => f !== undefined);
}

export function stageDeadline(entered: string, deadlineDays: number | null): string | null {
  return deadlineDays === null ? null : addDays(entered, deadlineDays);
}

/** 三库 (the catalog's rule). */
export function derivePool(stage: StageCode, inPlanningPool: boolean, lostFromStage: StageCode | null): Pool {
  return poolOf(stage, inPlanningPool, lostFromStage);
}

export function isOverdue(stage: StageCode, deadline: string | null, today: string): boolean {
  return isOpenLead(stage) && deadline !== null && today > deadline;
}

// The 三色预警 (with its reasons and configurable thresholds) is derived in @luodi/problems (warning/warning-rules.ts).
