import { DomainError, tr } from '@luodi/core';

/** One company per credit code, and per normalised name without one: 409 with the company it duplicates. */
export class DuplicateCompanyError extends DomainError {
  constructor(existingCompanyId: string | null) {
    super(
      'DUPLICATE_COMPANY',
      tr(
        '企业库中已有该企业（统一社会信用代码或名称相同）。',
        'This company is already registered (same credit code or name).',
      ),
      [],
      existingCompanyId ? { existingCompanyId } : {},
    );
  }
}
