/**
 * The API's field rules that a form checks before sending, in the same words (the API stays the judge: its
 * field errors are shown beside the fields too). Amounts are checked as text, never as floats.
 */
const MONEY_TEXT = /^\d{1,9}(\.\d{1,4})?$/;
const MAX_WAN_DIGITS = '100000000';

/** null when `text` is an amount in 万元 the API accepts, else a message. */
export function amountError(text: string, options: { allowZero?: boolean } = {}): string | null {
  const t = text.trim();
  if (t === '') return '请填写金额';
  if (!MONEY_TEXT.test(t)) return '请填写金额（万元），最多 4 位小数';
  const [whole, fraction = ''] = t.split('.');
  const isZero = /^0*$/.test(whole) && /^0*$/.test(fraction);
  if (isZero && !options.allowZero) return '金额必须大于 0';
  const wholeDigits = whole.replace(/^0+(?=\d)/, '');
  const over =
    wholeDigits.length > MAX_WAN_DIGITS.length ||
    (wholeDigits.length === MAX_WAN_DIGITS.length &&
      (wholeDigits > MAX_WAN_DIGITS || (wholeDigits === MAX_WAN_DIGITS && /[1-9]/.test(fraction))));
  if (over) return '金额不能超过 100000000 万元（1 万亿元）';
  return null;
}

const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^(?:\(0\d{2,3}\)|0\d{2,3})\d{7,8}(?:(?:ext|转|#)\d{1,6})?$/i;

export function phoneError(text: string): string | null {
  const compact = text.trim().replace(/[\s-]+/g, '');
  if (compact === '') return null;
  return MOBILE.test(compact) || LANDLINE.test(compact) ? null : '请填写手机号或固定电话（含区号）';
}

/** The code's shape only; the check character is the API's to judge. */
export function creditCodeShapeError(text: string): string | null {
  const code = text.trim().toUpperCase();
  if (code === '') return null;
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)
    ? null
    : '统一社会信用代码为 18 位数字或大写字母（不含 I、O、Z、S、V）';
}

export function textError(text: string, label: string, max: number, required: boolean): string | null {
  const t = text.trim();
  if (required && t === '') return `请填写${label}`;
  if (t.length > max) return `${label}最多 ${max} 个字`;
  return null;
}

/**
 * An el-form rule from one of these checks (null when fine): its message shows beside the field when `trigger`
 * fires and when the form is submitted. An empty field is checked as ''.
 */
export function formRule(check: (value: string) => string | null, trigger: 'blur' | 'change' = 'blur') {
  return {
    validator: (_rule: unknown, value: string | null | undefined, callback: (error?: Error) => void) => {
      const message = check(value ?? '');
      if (message) callback(new Error(message));
      else callback();
    },
    trigger,
  };
}

export { zoneToday } from './calendar-date';

/**
 * Whether a calendar cell lies after `max` (YYYY-MM-DD, e.g. the zone's today): the date picker hands its cells
 * over as local midnights, so their calendar date is read in local time. No `max` → nothing is after it.
 */
export function isAfterDate(cell: Date, max: string | undefined): boolean {
  if (!max) return false;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())}` > max;
}

/** Whole days from date `a` to date `b` (YYYY-MM-DD), negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** An API amount ("1200.5000") as an input shows it ("1200.5"): trailing fraction zeros dropped, exactly. */
export function amountInput(wan: string | null | undefined): string {
  if (!wan) return '';
  return wan.includes('.') ? wan.replace(/0+$/, '').replace(/\.$/, '') : wan;
}
