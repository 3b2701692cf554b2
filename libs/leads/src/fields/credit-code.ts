import { tr } from '@luodi/core';

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character alphabet
 * (digits and capitals without I, O, Z, S, V); the last one is a check character over the first 17.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The check character for the first 17 characters (which must be from the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Canonical form (trimmed, upper case) for storage and comparison. */
export function normaliseCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

/** null when valid, else why not (in the current language). Lower-case letters are accepted (stored upper case). */
export function creditCodeError(input: string): string | null {
  const code = normaliseCreditCode(input);
  if (!SHAPE.test(code)) {
    return tr(
      '须为18位数字或大写字母（不含I、O、Z、S、V）',
      'must be 18 characters of digits and capital letters (no I, O, Z, S, V)',
    );
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return tr('统一社会信用代码校验位不正确', 'has a wrong check character (GB 32100-2015)');
  }
  return null;
}
