import { FieldError, isCalendarDate, ValidationFailedError } from '@luodi/core';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import { MAX_TARGET_YEAR, MIN_TARGET_YEAR } from '@luodi/targets';
import { ReportScope } from './report';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
}): void {
  const errors: FieldError[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = p[field];
    if (value === undefined) {
      if (p.periodRequired) errors.push({ field, message: 'is required (YYYY-MM-DD)' });
    } else if (!isCalendarDate(value)) errors.push({ field, message: 'must be a date YYYY-MM-DD' });
  }
  if (isCalendarDate(p.from) && isCalendarDate(p.to) && p.from > p.to) {
    errors.push({ field: 'to', message: 'must not be before from' });
  }
  if (
    p.year !== undefined &&
    (!Number.isInteger(p.year) || p.year < MIN_TARGET_YEAR || p.year > MAX_TARGET_YEAR)
  ) {
    errors.push({
      field: 'year',
      message: `must be a year between ${MIN_TARGET_YEAR} and ${MAX_TARGET_YEAR}`,
    });
  }
  const scope = p.scope ?? {};
  if (scope.track !== undefined && !(TRACK_CODES as readonly string[]).includes(scope.track)) {
    errors.push({ field: 'track', message: 'is not a track code' });
  }
  if (scope.park !== undefined && !(PARK_CODES as readonly string[]).includes(scope.park)) {
    errors.push({ field: 'park', message: 'is not a park code' });
  }
  if (scope.ownerId !== undefined && !UUID_RE.test(scope.ownerId)) {
    errors.push({ field: 'ownerId', message: 'must be a user id (UUID) or "me"' });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
