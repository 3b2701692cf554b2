import { ValidateBy, ValidationOptions } from 'class-validator';
import { isCalendarDate, parseWan, parseWanAllowZero } from '@luodi/core';
import { creditCodeError, isMainlandPhone } from '@luodi/leads';

/**
 * class-validator decorators over the lead rules in @luodi/leads, so the API and the Excel import accept and
 * refuse the same values.
 */
export function IsWan(options?: ValidationOptions & { allowZero?: boolean }): PropertyDecorator {
  const parse = options?.allowZero ? parseWanAllowZero : parseWan;
  return ValidateBy(
    {
      name: 'isWan',
      validator: {
        validate: (v: unknown) => !('error' in parse(v)),
        defaultMessage: (args) => {
          const r = parse(args?.value);
          return 'error' in r ? r.error : 'must be an amount in 万元';
        },
      },
    },
    options,
  );
}

export function IsCreditCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCreditCode',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && creditCodeError(v) === null,
        defaultMessage: (args) =>
          typeof args?.value === 'string' ? (creditCodeError(args.value) ?? '') : 'must be a string',
      },
    },
    options,
  );
}

export function IsMainlandPhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMainlandPhone',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && isMainlandPhone(v),
        defaultMessage: () => 'must be a mainland mobile or landline number',
      },
    },
    options,
  );
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (v: unknown) => isCalendarDate(v),
        defaultMessage: () => 'must be a calendar date YYYY-MM-DD',
      },
    },
    options,
  );
}

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
