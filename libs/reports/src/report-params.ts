import { FieldError, isCalendarDate, isUuid, tr, ValidationFailedError } from '@luodi/core';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import { MAX_TARGET_YEAR, MIN_TARGET_YEAR, yearRangeMessage } from '@luodi/targets';
import { ReportScope } from './report';

/**
 * Checks report parameters in the service too (not only in the HTTP DTOs), because the worker's digest calls the
 * service directly. Every bad field is named in one ValidationFailedError.
 */
export function checkReportParams(p: {
  scope?: ReportScope;
  from?: string;
  to?: string;
  periodRequired?: boolean;
  year?: number;
  leaderId?: string;
}): void {
  const errors: FieldError[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = p[field];
    if (value === undefined) {
      if (p.periodRequired)
        errors.push({ field, message: tr('必填（格式 YYYY-MM-DD）', 'is required (YYYY-MM-DD)') });
    } else if (!isCalendarDate(value)) {
      errors.push({ field, message: tr('须为日期，格式 YYYY-MM-DD', 'must be a calendar date YYYY-MM-DD') });
    }
  }
  if (isCalendarDate(p.from) && isCalendarDate(p.to) && p.from > p.to) {
    errors.push({ field: 'to', message: tr('不能早于开始日期（from）', 'must not be before from') });
  }
  if (
    p.year !== undefined &&
    (!Number.isInteger(p.year) || p.year < MIN_TARGET_YEAR || p.year > MAX_TARGET_YEAR)
  ) {
    errors.push({ field: 'year', message: yearRangeMessage() });
  }
  const scope = p.scope ?? {};
  if (scope.track !== undefined && !(TRACK_CODES as readonly string[]).includes(scope.track)) {
    errors.push({ field: 'track', message: tr('不是赛道代码', 'is not a track code') });
  }
  if (scope.park !== undefined && !(PARK_CODES as readonly string[]).includes(scope.park)) {
    errors.push({ field: 'park', message: tr('不是园区代码', 'is not a park code') });
  }
  if (scope.ownerId !== undefined && !isUuid(scope.ownerId)) {
    errors.push({
      field: 'ownerId',
      message: tr('须为用户编号（UUID）或 me', 'must be a user id (UUID) or "me"'),
    });
  }
  if (p.leaderId !== undefined && !isUuid(p.leaderId)) {
    errors.push({
      field: 'leaderId',
      message: tr('须为用户编号（UUID）或 me', 'must be a user id (UUID) or "me"'),
    });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
