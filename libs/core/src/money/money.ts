import Decimal from 'decimal.js';

/**
 * Money is in 万元 with at most 4 fraction digits, exact end to end: PostgreSQL `numeric(16,4)`, decimal strings
 * on the wire, decimal.js in TypeScript. Never a JS number for arithmetic on amounts.
 */
export const MONEY_SCALE = 4;
export const MAX_WAN = new Decimal('100000000');

const MONEY_TEXT = /^\d{1,9}(\.\d{1,4})?$/;

/** Parses a client amount (string or JSON number). Returns the canonical string, or an error message. */
export function parseWan(input: unknown): { value: string } | { error: string } {
  let text: string;
  if (typeof input === 'string') text = input.trim();
  else if (typeof input === 'number' && Number.isFinite(input)) {
    // The JSON number's shortest decimal form; beyond 4 fraction digits it is rejected below, so no rounding.
    text = numberToPlainString(input);
  } else return { error: 'must be a decimal amount in 万元 (string or number)' };
  if (!MONEY_TEXT.test(text)) {
    return { error: 'must be a positive decimal with at most 4 fraction digits' };
  }
  const value = new Decimal(text);
  if (value.lte(0)) return { error: 'must be greater than 0' };
  if (value.gt(MAX_WAN)) return { error: 'must be at most 100000000 (1 万亿)' };
  return { value: value.toFixed(MONEY_SCALE) };
}

/** Like parseWan but zero is allowed (investment entries may record a month with nothing paid in). */
export function parseWanAllowZero(input: unknown): { value: string } | { error: string } {
  if (input === 0 || (typeof input === 'string' && /^0+(\.0{1,4})?$/.test(input.trim()))) {
    return { value: '0.0000' };
  }
  return parseWan(input);
}

function numberToPlainString(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // 1e-7 or 1e21: let decimal.js expand it; it will fail the pattern check either way if out of range.
  return new Decimal(s).toFixed();
}

export function formatWan(value: string | Decimal): string {
  return new Decimal(value).toFixed(MONEY_SCALE);
}

/** 万元 → 亿元 (1 亿 = 10,000 万), exact: up to 8 fraction digits, shown with 4. */
export function wanToYi(value: string | Decimal): string {
  return new Decimal(value).div(10000).toFixed(MONEY_SCALE);
}

/** A ratio as a decimal string with 4 fraction digits, or null when the denominator is zero. */
export function ratio(numerator: string | Decimal, denominator: string | Decimal): string | null {
  const d = new Decimal(denominator);
  if (d.isZero()) return null;
  return new Decimal(numerator).div(d).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
}

export { Decimal };
