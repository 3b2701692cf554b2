import { DomainError, FieldError, tr } from '@luodi/core';

export class DuplicateLeadError extends DomainError {
  constructor(existingLeadId: string | null) {
    super(
      'DUPLICATE_LEAD',
      tr(
        '该企业的这个项目已有一条未终止的线索。',
        'An open lead for this company and project already exists.',
      ),
      [],
      existingLeadId ? { existingLeadId } : {},
    );
  }
}

export class StageSkipError extends DomainError {
  constructor(message: string) {
    super('STAGE_SKIP', message);
  }
}

/** A gate that is not met names each missing item, in `errors[]` and in the detail (`立项未完成；环评未完成`). */
export class StageGateUnmetError extends DomainError {
  constructor(missing: FieldError[], stage: string) {
    super(
      'STAGE_GATE_UNMET',
      tr(
        `进入${stage}阶段的条件未满足：${missing.map((m) => m.message).join('；')}。`,
        `The lead does not meet the requirements of ${stage}: ${missing.map((m) => `${m.field} ${m.message}`).join('; ')}.`,
      ),
      missing,
    );
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(message: string, errors: FieldError[] = []) {
    super('INVALID_TRANSITION', message, errors);
  }
}
