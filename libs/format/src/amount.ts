/**
 * How a bureau writes amounts (stored in 万元, exact decimal strings): 万元 with thousands separators below
 * 1亿元, 亿元 with two decimals from 1亿元 up. Pure string and BigInt arithmetic, no floats, so the same module
 * formats emails, Excel and the web app.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** An exact decimal as a scaled integer: value = units / 10^scale. */
interface Scaled {
  units: bigint;
  scale: number;
}

function parse(value: string | number | bigint): Scaled {
  const text = typeof value === 'string' ? value.trim() : String(value);
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`not a decimal amount: ${text}`);
  const [, minus, whole, fraction = ''] = m;
  const units = BigInt(whole + fraction) * (minus ? -1n : 1n);
  return { units, scale: fraction.length };
}

/** Rounds half away from zero to `digits` fraction digits. */
function roundTo({ units, scale }: Scaled, digits: number): Scaled {
  if (scale <= digits) return { units: units * 10n ** BigInt(digits - scale), scale: digits };
  const divisor = 10n ** BigInt(scale - digits);
  const negative = units < 0n;
  const abs = negative ? -units : units;
  let q = abs / divisor;
  if ((abs % divisor) * 2n >= divisor) q += 1n;
  return { units: negative ? -q : q, scale: digits };
}

function toText({ units, scale }: Scaled, options: { trimZeros: boolean; grouping: boolean }): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  let whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  if (options.trimZeros) fraction = fraction.replace(/0+$/, '');
  if (options.grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = negative && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * 万元 with thousands separators and at most two decimals, trailing zeros dropped: "1,234.5". Takes the exact
 * decimal string (or a whole BigInt), never a number: a float has already lost the figure.
 */
export function formatWanNumber(wan: string | bigint): string {
  return toText(roundTo(parse(wan), 2), { trimZeros: true, grouping: true });
}

/** 万元 → 亿元 with exactly two decimals: "168.35". */
export function formatYiNumber(wan: string | bigint): string {
  const { units, scale } = parse(wan);
  return toText(roundTo({ units, scale: scale + 4 }, 2), { trimZeros: false, grouping: true });
}

/** The amount as a bureau writes it: "3,500万元" below 1亿元, "168.35亿元" from 1亿元 up (by absolute value). */
export function formatAmount(wan: string | bigint): string {
  const { units, scale } = parse(wan);
  const abs = units < 0n ? -units : units;
  return abs >= 10000n * 10n ** BigInt(scale) ? `${formatYiNumber(wan)}亿元` : `${formatWanNumber(wan)}万元`;
}

/** Always in 亿元 with two decimals: "448.35亿元" (targets and totals). */
export function formatYi(wan: string | bigint): string {
  return `${formatYiNumber(wan)}亿元`;
}

/** A ratio given as a decimal string ("0.8990") as a percentage with one decimal: "89.9%"; null → "—". */
export function formatPercent(ratio: string | number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || ratio === '') return '—';
  const { units, scale } = parse(ratio);
  return `${toText(roundTo({ units, scale: scale - 2 }, digits), { trimZeros: false, grouping: false })}%`;
}
