import { ValidationFailedError } from '../errors/domain-error';
import { tr } from '../i18n/language';
import { isUuid } from '../text/uuid';

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

/**
 * What each part of a cursor must be, checked after decoding so that nothing a client forges reaches a SQL cast:
 * `instant` an ISO UTC instant (`2024-05-01T08:00:00.123456Z`) that exists, `date` a calendar date that exists,
 * `uuid`, `numeric` a plain decimal, `text` a string PostgreSQL can store; a trailing `?` allows null.
 */
export type CursorPart = 'instant' | 'date' | 'uuid' | 'numeric' | 'text' | 'date?';

/**
 * Decodes a cursor and checks every part against `parts`; anything else (not base64url JSON, a wrong length, an
 * impossible date, a non-UUID id, a NUL or lone surrogate) is a 400 on `cursor`.
 */
export function decodeCursor(cursor: string | undefined, parts: CursorPart[]): (string | null)[] | null {
  if (cursor === undefined) return null;
  try {
    const key: unknown = cursor.length <= MAX_CURSOR_LENGTH ? JSON.parse(fromBase64url(cursor)) : null;
    if (Array.isArray(key) && key.length === parts.length && parts.every((p, i) => partValid(p, key[i]))) {
      return key as (string | null)[];
    }
  } catch {
    // fall through
  }
  throw invalidCursor();
}

export function invalidCursor(): ValidationFailedError {
  return new ValidationFailedError([
    { field: 'cursor', message: tr('不是有效的分页游标', 'is not a valid cursor') },
  ]);
}

const MAX_CURSOR_LENGTH = 2048;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?Z$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC = /^-?\d{1,20}(\.\d{1,10})?$/;

function fromBase64url(cursor: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(cursor)) throw new Error('not base64url');
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(cursor, 'base64url'));
}

function partValid(part: CursorPart, v: unknown): boolean {
  if (v === null) return part === 'date?';
  if (typeof v !== 'string') return false;
  switch (part) {
    case 'uuid':
      return isUuid(v);
    case 'numeric':
      return NUMERIC.test(v);
    case 'text':
      return v.length <= 1000 && isStorableText(v);
    case 'date':
    case 'date?': {
      const m = DATE.exec(v);
      return !!m && dayExists(+m[1], +m[2], +m[3]);
    }
    case 'instant': {
      const m = INSTANT.exec(v);
      return !!m && dayExists(+m[1], +m[2], +m[3]) && +m[4] < 24 && +m[5] < 60 && +m[6] < 60;
    }
  }
}

function dayExists(y: number, m: number, d: number): boolean {
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Text PostgreSQL can store and JSON can carry: no NUL, no unpaired UTF-16 surrogate. */
export function isStorableText(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
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
