import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { tr, ValidationFailedError } from '@luodi/core';
import { APPROVAL_KINDS, ApprovalKind } from '@luodi/leads';

/** `:kind` of PUT /leads/:id/approvals/:kind. */
@Injectable()
export class ApprovalKindPipe implements PipeTransform<string, ApprovalKind> {
  transform(value: string, metadata: ArgumentMetadata): ApprovalKind {
    const kind = APPROVAL_KINDS.find((k) => k === value);
    if (!kind) {
      throw new ValidationFailedError([
        {
          field: metadata.data ?? 'kind',
          message: tr(
            `须为以下之一：${APPROVAL_KINDS.join('、')}`,
            `must be one of ${APPROVAL_KINDS.join(', ')}`,
          ),
        },
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
        {
          field: metadata.data ?? 'month',
          message: tr('须为月份，格式 YYYY-MM（2000年及以后）', 'must be a month YYYY-MM (2000 or later)'),
        },
      ]);
    }
    return value;
  }
}
