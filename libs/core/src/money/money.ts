import Decimal from 'decimal.js';
import { tr } from '../i18n/language';

/**
 * Money is in 万元 with at most 4 fraction digits, exact end to end: PostgreSQL `numeric(16,4)`, decimal strings
 * on the wire, decimal.js in TypeScript. Never a JS number for arithmetic on amounts.
 */
export const MONEY_SCALE = 4;
export const MAX_WAN = new Decimal('100000000');

const MONEY_TEXT = /^\d{1,9}(\.\d{1,4})?$/;

/**
 * Parses a client amount (string or JSON number), > 0. Returns the canonical string, or why not (in the current
 * language, see `tr`).
 */
export function parseWan(input: unknown): { value: string } | { error: string } {
  return parseAmount(input, false);
}

/** Like parseWan but zero is allowed (investment entries may record a month with nothing paid in). */
export function parseWanAllowZero(input: unknown): { value: string } | { error: string } {
  return parseAmount(input, true);
}

function parseAmount(input: unknown, allowZero: boolean): { value: string } | { error: string } {
  const shape = () =>
    allowZero
      ? {
          error: tr(
            '金额不能为负数，最多4位小数',
            'must be a decimal of at least 0 with at most 4 fraction digits',
          ),
        }
      : {
          error: tr('金额须大于0，最多4位小数', 'must be a positive decimal with at most 4 fraction digits'),
        };
  let text: string;
  if (typeof input === 'string') text = input.trim();
  else if (typeof input === 'number' && Number.isFinite(input)) {
    // The JSON number's shortest decimal form; beyond 4 fraction digits it is rejected below, so no rounding.
    text = numberToPlainString(input);
  } else {
    return {
      error: tr('须为以万元计的金额（字符串或数字）', 'must be a decimal amount in 万元 (string or number)'),
    };
  }
  if (!MONEY_TEXT.test(text)) return shape();
  const value = canonicalMoney(text);
  if (value === '0.0000' && allowZero) return { value };
  if (value === '0.0000') return { error: tr('金额须大于0', 'must be greater than 0') };
  if (value.length > MAX_WAN_TEXT.length || (value.length === MAX_WAN_TEXT.length && value > MAX_WAN_TEXT)) {
    return { error: tr('金额不能超过100000000万元（1万亿元）', 'must be at most 100000000 (1 万亿)') };
  }
  return { value };
}

const MAX_WAN_TEXT = MAX_WAN.toFixed(MONEY_SCALE);

/**
 * `MONEY_TEXT` (up to 9 integer and 4 fraction digits, no sign) with 4 fraction digits and no leading zeros,
 * by string steps: the same text decimal.js's `toFixed(4)` gives, without building a Decimal per request. Equal
 * lengths then compare as numbers do.
 */
function canonicalMoney(text: string): string {
  const dot = text.indexOf('.');
  const whole = (dot < 0 ? text : text.slice(0, dot)).replace(/^0+(?=\d)/, '');
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  return `${whole}.${fraction.padEnd(MONEY_SCALE, '0')}`;
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
