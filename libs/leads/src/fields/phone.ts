import { tr } from '@luodi/core';

/**
 * Mainland China phone numbers: mobiles (1[3-9] + 9 digits, optionally +86/86 in front) and landlines
 * (area code 0 + 2..3 digits, then 7..8 digits, optionally an extension). Spaces and hyphens between digit groups
 * are allowed when typing; the stored form is the trimmed input.
 */
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^(?:\(0\d{2,3}\)|0\d{2,3})\d{7,8}(?:(?:ext|转|#)\d{1,6})?$/i;

export function isMainlandPhone(input: string): boolean {
  const compact = input.trim().replace(/[\s-]+/g, '');
  return MOBILE.test(compact) || LANDLINE.test(compact);
}

/** null when `input` is a mainland phone number, else why not (in the current language). */
export function phoneError(input: unknown): string | null {
  return typeof input === 'string' && isMainlandPhone(input)
    ? null
    : tr('须为大陆手机号码或固定电话号码', 'must be a mainland mobile or landline number');
}
