/**
 * The validation decorators the DTOs use: class-validator's, with messages in the request's language (Chinese by
 * default, English for `Accept-Language: en`), written as a form would say them next to the field. The names and
 * arguments are class-validator's, so a DTO only imports from here instead of from 'class-validator' (an ESLint
 * rule keeps it that way). Messages are built when a value is refused, never at module load.
 *
 * A missing value reads `必填` and an explicit null `不能为空` whatever the rule, because that is what the user
 * has to fix.
 */
import * as cv from 'class-validator';
import type { ValidationArguments, ValidationOptions } from 'class-validator';
import { isCalendarDate, isIsoWeek, isUuid, tr } from '@luodi/core';

export { IsOptional, ValidateBy, ValidateIf } from 'class-validator';
export type { ValidationArguments, ValidationOptions } from 'class-validator';

type Text = (args: ValidationArguments) => string;

/**
 * A refusal message: `必填` when the value is missing, `不能为空` when it is null, else `why(args)`, which returns
 * text already in the request's language (a `tr()` call, or a rule from the libs that uses one).
 */
export function refusal(why: Text): Text {
  return (args) => {
    if (args.value === undefined) return tr('必填', 'is required');
    if (args.value === null) return tr('不能为空', 'must not be null');
    return why(args);
  };
}

/** A refusal message from a Chinese and an English text (or functions of the validation arguments). */
export function localMessage(zh: Text | string, en: Text | string): Text {
  const text = (t: Text | string, args: ValidationArguments) => (typeof t === 'string' ? t : t(args));
  return refusal((args) => tr(text(zh, args), text(en, args)));
}

const withMessage = (options: ValidationOptions | undefined, zh: Text | string, en: Text | string) => ({
  message: localMessage(zh, en),
  ...options,
});

export const IsString = (options?: ValidationOptions) =>
  cv.IsString(withMessage(options, '须为文本', 'must be a string'));

export const IsBoolean = (options?: ValidationOptions) =>
  cv.IsBoolean(withMessage(options, '须为 true 或 false', 'must be true or false'));

export const IsInt = (options?: ValidationOptions) =>
  cv.IsInt(withMessage(options, '须为整数', 'must be an integer'));

export const IsObject = (options?: ValidationOptions) =>
  cv.IsObject(withMessage(options, '须为对象', 'must be an object'));

export const IsArray = (options?: ValidationOptions) =>
  cv.IsArray(withMessage(options, '须为列表', 'must be a list'));

export const ArrayMinSize = (min: number, options?: ValidationOptions) =>
  cv.ArrayMinSize(min, withMessage(options, `至少需要${min}项`, `must name at least ${min}`));

export const ArrayMaxSize = (max: number, options?: ValidationOptions) =>
  cv.ArrayMaxSize(max, withMessage(options, `最多${max}项`, `must name at most ${max}`));

export const IsDefined = (options?: ValidationOptions) =>
  cv.IsDefined(withMessage(options, '必填', 'is required'));

export const IsEmail = (emailOptions?: Parameters<typeof cv.IsEmail>[0], options?: ValidationOptions) =>
  cv.IsEmail(emailOptions, withMessage(options, '须为有效的邮箱地址', 'must be an email address'));

export const IsUUID = (version: cv.IsUUIDVersion = 'all', options?: ValidationOptions) =>
  cv.IsUUID(version, withMessage(options, '须为 UUID 格式的编号', 'must be a UUID'));

/** An instant with its offset, `2024-05-01T09:30:00+08:00` or `…Z` (strict by default). */
export const IsISO8601 = (
  isoOptions: Parameters<typeof cv.IsISO8601>[0] = { strict: true, strictSeparator: true },
  options?: ValidationOptions,
) =>
  cv.IsISO8601(
    isoOptions,
    withMessage(
      options,
      '须为 ISO 8601 时间，如 2024-05-01T09:30:00+08:00',
      'must be an ISO 8601 date-time such as 2024-05-01T09:30:00+08:00',
    ),
  );

export const IsIn = (values: readonly unknown[], options?: ValidationOptions) =>
  cv.IsIn(
    values as unknown[],
    withMessage(options, `须为以下之一：${values.join('、')}`, `must be one of ${values.join(', ')}`),
  );

export const Length = (min: number, max: number, options?: ValidationOptions) =>
  cv.Length(
    min,
    max,
    withMessage(options, `长度须为${min}至${max}个字符`, `must be ${min} to ${max} characters long`),
  );

export const MinLength = (min: number, options?: ValidationOptions) =>
  cv.MinLength(min, withMessage(options, `长度至少${min}个字符`, `must be at least ${min} characters long`));

export const MaxLength = (max: number, options?: ValidationOptions) =>
  cv.MaxLength(
    max,
    withMessage(options, `长度不能超过${max}个字符`, `must be at most ${max} characters long`),
  );

export const Min = (min: number, options?: ValidationOptions) =>
  cv.Min(min, withMessage(options, `不能小于${min}`, `must not be less than ${min}`));

export const Max = (max: number, options?: ValidationOptions) =>
  cv.Max(max, withMessage(options, `不能大于${max}`, `must not be greater than ${max}`));

/** A calendar date `YYYY-MM-DD` that exists (no 2 月 30 日). */
export const IsCalendarDate = (options?: ValidationOptions) =>
  cv.ValidateBy(
    { name: 'isCalendarDate', validator: { validate: (v: unknown) => isCalendarDate(v) } },
    withMessage(options, '须为日期，格式 YYYY-MM-DD', 'must be a calendar date YYYY-MM-DD'),
  );

/** An ISO week `2024-W14`. */
export const IsIsoWeek = (options?: ValidationOptions) =>
  cv.ValidateBy(
    { name: 'isIsoWeek', validator: { validate: (v: unknown) => isIsoWeek(v) } },
    withMessage(options, '须为 ISO 周，如 2024-W14', 'must be an ISO week such as 2024-W14'),
  );

/** A user's id, or `me` for the caller (list and report filters). */
export const IsUserIdOrMe = (options?: ValidationOptions) =>
  cv.ValidateBy(
    {
      name: 'isUserIdOrMe',
      validator: { validate: (v: unknown) => v === 'me' || isUuid(v) },
    },
    withMessage(options, '须为用户编号（UUID）或 me', 'must be a user id (UUID) or "me"'),
  );
