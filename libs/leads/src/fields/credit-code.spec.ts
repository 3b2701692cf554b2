import fc from 'fast-check';
import { runWithLanguage } from '@luodi/core';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  creditCodeError,
  normaliseCreditCode,
} from './credit-code';

const body17 = fc
  .array(fc.constantFrom(...CREDIT_CODE_ALPHABET.split('')), { minLength: 17, maxLength: 17 })
  .map((a) => a.join(''));

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts real codes published by companies', () => {
    for (const code of ['91350100M000100Y43', '91110000802100433B', '9144030071526726XG']) {
      expect(creditCodeError(code)).toBeNull();
    }
  });

  it('accepts lower case and surrounding spaces, stored upper case', () => {
    expect(creditCodeError(' 91350100m000100y43 ')).toBeNull();
    expect(normaliseCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
  });

  it('rejects a wrong check character, wrong length and letters outside the alphabet', () => {
    expect(creditCodeError('91350100M000100Y44')).toBe('统一社会信用代码校验位不正确');
    expect(creditCodeError('91350100M000100Y4')).toBe('须为18位数字或大写字母（不含I、O、Z、S、V）');
    expect(creditCodeError('91350100M000100Y433')).toMatch(/18位/);
    expect(creditCodeError('9135010OM000100Y43')).toMatch(/不含I、O、Z、S、V/);
    expect(creditCodeError('')).not.toBeNull();
  });

  it('says why in English for an English request', () => {
    runWithLanguage('en', () => {
      expect(creditCodeError('91350100M000100Y44')).toMatch(/check character/);
      expect(creditCodeError('9135010OM000100Y43')).toMatch(/18 characters .*no I, O, Z, S, V/);
    });
  });

  it('property: appending the check character always gives a valid code', () => {
    fc.assert(fc.property(body17, (b) => creditCodeError(b + creditCodeCheckChar(b)) === null));
  });

  it('property: changing any one character of a valid code is detected', () => {
    fc.assert(
      fc.property(body17, fc.nat(17), fc.constantFrom(...CREDIT_CODE_ALPHABET.split('')), (b, i, c) => {
        const code = b + creditCodeCheckChar(b);
        fc.pre(code[i] !== c);
        const changed = code.slice(0, i) + c + code.slice(i + 1);
        return creditCodeError(changed) !== null;
      }),
    );
  });
});
