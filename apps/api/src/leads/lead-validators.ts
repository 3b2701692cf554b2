import { parseWan, parseWanAllowZero } from '@luodi/core';
import { creditCodeError, phoneError, trimText } from '@luodi/leads';
import { refusal, ValidateBy, ValidationOptions } from '../http/validators';

/**
 * Validation decorators over the lead rules in @luodi/leads and @luodi/core, so the API and the Excel import
 * accept and refuse the same values with the same words (the rules return them in the request's language).
 */
export function IsWan(options?: ValidationOptions & { allowZero?: boolean }): PropertyDecorator {
  const parse = options?.allowZero ? parseWanAllowZero : parseWan;
  const why = (value: unknown) => {
    const r = parse(value);
    return 'error' in r ? r.error : '';
  };
  return ValidateBy(
    { name: 'isWan', validator: { validate: (v: unknown) => !('error' in parse(v)) } },
    { message: refusal((args) => why(args.value)), ...options },
  );
}

export function IsCreditCode(options?: ValidationOptions): PropertyDecorator {
  const why = (value: unknown) => creditCodeError(typeof value === 'string' ? value : '') ?? '';
  return ValidateBy(
    {
      name: 'isCreditCode',
      validator: { validate: (v: unknown) => typeof v === 'string' && creditCodeError(v) === null },
    },
    { message: refusal((args) => why(args.value)), ...options },
  );
}

export function IsMainlandPhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isMainlandPhone', validator: { validate: (v: unknown) => phoneError(v) === null } },
    { message: refusal((args) => phoneError(args.value) ?? ''), ...options },
  );
}

/** Trims white space and zero-width/format characters, so an invisible-only name is empty. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? trimText(value) : value);
