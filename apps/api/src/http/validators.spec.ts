import { FieldError, runWithLanguage, ValidationFailedError } from '@luodi/core';
import { AppValidationPipe } from './validation.pipe';
import {
  IsBoolean,
  IsCalendarDate,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsIsoWeek,
  IsObject,
  IsOptional,
  IsString,
  IsUserIdOrMe,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
} from './validators';

class Sample {
  @IsOptional() @IsString() text?: unknown;
  @IsOptional() @IsBoolean() flag?: unknown;
  @IsOptional() @IsInt() count?: unknown;
  @IsOptional() @IsObject() map?: unknown;
  @IsOptional() @IsEmail() email?: unknown;
  @IsOptional() @IsUUID() id?: unknown;
  @IsOptional() @IsISO8601() at?: unknown;
  @IsOptional() @IsIn(['a', 'b']) choice?: unknown;
  @IsOptional() @Length(1, 5) name?: unknown;
  @IsOptional() @MinLength(10) password?: unknown;
  @IsOptional() @MaxLength(3) short?: unknown;
  @IsOptional() @Min(1) low?: unknown;
  @IsOptional() @Max(9) high?: unknown;
  @IsOptional() @IsCalendarDate() date?: unknown;
  @IsOptional() @IsIsoWeek() week?: unknown;
  @IsOptional() @IsUserIdOrMe() owner?: unknown;
  @IsDefined() required!: unknown;
  @IsString() needed!: unknown;
}

const BAD = {
  text: 5,
  flag: 'yes',
  count: 1.5,
  map: 'x',
  email: 'a@',
  id: '123',
  at: '2024-13-01T00:00:00Z',
  choice: 'c',
  name: '123456',
  password: 'short',
  short: 'long',
  low: 0,
  high: 10,
  date: '2024-02-30',
  week: '2024-W54',
  owner: 'you',
  required: 'present',
  needed: null,
};

async function refusals(body: object): Promise<Record<string, string>> {
  try {
    await new AppValidationPipe().transform(body, { type: 'body', metatype: Sample });
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationFailedError);
    return Object.fromEntries(
      (err as ValidationFailedError).errors.map((e: FieldError) => [e.field, e.message]),
    );
  }
  throw new Error('the sample was accepted');
}

describe('localized validation decorators', () => {
  it('refuse in Chinese by default, as a form says it next to the field', async () => {
    expect(await refusals(BAD)).toEqual({
      text: '须为文本',
      flag: '须为 true 或 false',
      count: '须为整数',
      map: '须为对象',
      email: '须为有效的邮箱地址',
      id: '须为 UUID 格式的编号',
      at: '须为 ISO 8601 时间，如 2024-05-01T09:30:00+08:00',
      choice: '须为以下之一：a、b',
      name: '长度须为1至5个字符',
      password: '长度至少10个字符',
      short: '长度不能超过3个字符',
      low: '不能小于1',
      high: '不能大于9',
      date: '须为日期，格式 YYYY-MM-DD',
      week: '须为 ISO 周，如 2024-W14',
      owner: '须为用户编号（UUID）或 me',
      needed: '不能为空',
    });
  });

  it('refuse in English for an English request, with the same fields', async () => {
    const zh = await refusals(BAD);
    const en = await runWithLanguage('en', () => refusals(BAD));
    expect(Object.keys(en)).toEqual(Object.keys(zh));
    expect(en).toMatchObject({
      text: 'must be a string',
      choice: 'must be one of a, b',
      name: 'must be 1 to 5 characters long',
      high: 'must not be greater than 9',
      needed: 'must not be null',
    });
    for (const message of Object.values(en)) expect(message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('say 必填 for a missing value whatever the rule', async () => {
    expect(await refusals({})).toEqual({ required: '必填', needed: '必填' });
    expect(await runWithLanguage('en', () => refusals({}))).toEqual({
      required: 'is required',
      needed: 'is required',
    });
  });

  it('accept good values', async () => {
    const good = {
      text: 't',
      flag: true,
      count: 2,
      map: {},
      email: 'a@b.cn',
      id: '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11',
      at: '2024-05-01T09:30:00+08:00',
      choice: 'b',
      name: '12345',
      password: '0123456789',
      short: 'abc',
      low: 1,
      high: 9,
      date: '2024-02-29',
      week: '2024-W14',
      owner: 'me',
      required: 0,
      needed: 'x',
    };
    await expect(
      new AppValidationPipe().transform(good, { type: 'body', metatype: Sample }),
    ).resolves.toBeInstanceOf(Sample);
  });
});
