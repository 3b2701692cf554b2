import { ValidationFailedError } from '../errors/domain-error';
import { tr } from '../i18n/language';

/** Keyset pagination: the cursor is an opaque base64url JSON array of the last row's sort key. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined, length: number): unknown[] | null {
  if (cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((k) => typeof k === 'string' || k === null)
    ) {
      return key;
    }
  } catch {
    // fall through
  }
  throw new ValidationFailedError([
    { field: 'cursor', message: tr('不是有效的分页游标', 'is not a valid cursor') },
  ]);
}

/** Rows were fetched with limit + 1: trims the extra row and builds the next cursor from the last kept row. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  map: (r: R) => T,
  keyOf: (r: R) => (string | null)[],
): Page<T> {
  const hasMore = rows.length > limit;
  const kept = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: kept.map(map),
    nextCursor: hasMore ? encodeCursor(keyOf(kept[kept.length - 1])) : null,
  };
}
