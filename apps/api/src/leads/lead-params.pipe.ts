import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '@luodi/core';
import { APPROVAL_KINDS, ApprovalKind } from '@luodi/leads';

/** `:kind` of PUT /leads/:id/approvals/:kind. */
@Injectable()
export class ApprovalKindPipe implements PipeTransform<string, ApprovalKind> {
  transform(value: string, metadata: ArgumentMetadata): ApprovalKind {
    const kind = APPROVAL_KINDS.find((k) => k === value);
    if (!kind) {
      throw new ValidationFailedError([
        { field: metadata.data ?? 'kind', message: `must be one of ${APPROVAL_KINDS.join(', ')}` },
      ]);
    }
    return kind;
  }
}

/** `:month` of PUT /leads/:id/investments/:month, `YYYY-MM`. */
@Injectable()
export class MonthPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
    if (!m || m[1] < '2000') {
      throw new ValidationFailedError([
        { field: metadata.data ?? 'month', message: 'must be a month YYYY-MM (2000 or later)' },
      ]);
    }
    return value;
  }
}
