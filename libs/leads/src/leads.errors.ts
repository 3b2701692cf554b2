import { DomainError, FieldError } from '@luodi/core';

export class DuplicateLeadError extends DomainError {
  constructor(existingLeadId: string | null) {
    super(
      'DUPLICATE_LEAD',
      'An open lead for this company and project already exists.',
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

export class StageGateUnmetError extends DomainError {
  constructor(missing: FieldError[]) {
    super('STAGE_GATE_UNMET', 'The lead does not meet the requirements of the next stage.', missing);
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(message: string, errors: FieldError[] = []) {
    super('INVALID_TRANSITION', message, errors);
  }
}
