import type { SchemaObject } from '@nestjs/swagger';

/**
 * OpenAPI fragments for values the API writes the same way everywhere, so each is described once:
 * money in 万元 (decimal strings with 4 fraction digits out; a string or a JSON number in), ratios, codes.
 */
const MONEY_OUT = '^\\d+\\.\\d{4}$';
const MONEY_IN = '^\\d{1,9}(\\.\\d{1,4})?$';

/** An amount the API returns: 万元, a decimal string with exactly 4 fraction digits. */
export const wan = (description?: string, example = '500000.0000') => ({
  type: String,
  pattern: MONEY_OUT,
  example,
  ...(description ? { description } : {}),
});

/** An amount the API returns or null. */
export const wanOrNull = (description?: string, example = '500000.0000') => ({
  ...wan(description, example),
  nullable: true,
});

/** An amount the API accepts: a decimal string or a JSON number, > 0 (or >= 0), <= 100000000, <= 4 decimals. */
export function wanInput(
  description: string,
  options: { example?: string; allowZero?: boolean; nullable?: boolean } = {},
): { oneOf: SchemaObject[]; description: string; example: string } {
  const allowZero = options.allowZero ?? false;
  return {
    oneOf: [
      // OpenAPI 3.0 has no null type: a nullable amount is a nullable string or a number.
      { type: 'string', pattern: MONEY_IN, ...(options.nullable ? { nullable: true } : {}) },
      { type: 'number', minimum: 0, exclusiveMinimum: !allowZero, maximum: 100000000 },
    ],
    description: `${description}. 万元: a decimal string or JSON number, ${
      allowZero ? '>= 0' : '> 0'
    }, <= 100000000, at most 4 fraction digits${options.nullable ? '; null clears it' : ''}`,
    example: options.example ?? '500000.0000',
  };
}

/** A ratio as a decimal string with 4 fraction digits (`0.2500` is 25%), or null when undefined. */
export const ratioOrNull = (description?: string) => ({
  type: String,
  pattern: MONEY_OUT,
  nullable: true,
  example: '0.2500',
  ...(description ? { description } : {}),
});

/** A user id or `me` (the caller), as list and report filters take it. */
export const USER_ID_OR_ME = {
  type: String,
  pattern: '^(me|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$',
  example: 'me',
};

/** `ids=a,b,c`: a comma-separated list of UUIDs (the list endpoints also accept repeated `ids=`). */
export const ID_LIST = {
  type: String,
  pattern:
    '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}' +
    '(,[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})*$',
};
