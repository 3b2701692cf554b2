import { ValidationError, ValidationPipe, ArgumentMetadata } from '@nestjs/common';
import { FieldError, isStorableText, tr, ValidationFailedError } from '@luodi/core';
import { MAX_JSON_DEPTH } from './json-body';
import { memoiseValidationMetadata } from './validation-metadata-cache';

/**
 * Global validation: whitelist, forbid unknown fields, transform; every bad field named in one 400.
 * NUL bytes and unpaired UTF-16 surrogates (`"\ud800"`) are refused anywhere in the input, because PostgreSQL
 * text and jsonb cannot store them; so is nesting deeper than MAX_JSON_DEPTH (before class-transformer recurses).
 */
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors: ValidationError[]) => new ValidationFailedError(flatten(errors)),
    });
    memoiseValidationMetadata();
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const bad = findBadText(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (bad.length > 0) throw new ValidationFailedError(bad.slice(0, 20));
    return super.transform(value, metadata);
  }
}

export function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) {
      out.push({
        field,
        message: /^property \S+ should not exist$/.test(message)
          ? tr('不是允许的字段', 'is not an allowed field')
          : message,
      });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

function findBadText(value: unknown, path: string, depth = 0): FieldError[] {
  const field = path || 'body';
  if (depth > MAX_JSON_DEPTH) {
    return [
      {
        field,
        message: tr(`嵌套不能超过${MAX_JSON_DEPTH}层`, `must not nest deeper than ${MAX_JSON_DEPTH} levels`),
      },
    ];
  }
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      return [{ field, message: tr('不能包含空字符（NUL）', 'must not contain NUL bytes') }];
    }
    return isStorableText(value)
      ? []
      : [
          {
            field,
            message: tr('含有无效字符（不成对的 UTF-16 代理项）', 'has an unpaired UTF-16 surrogate'),
          },
        ];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      const key = isStorableText(k) ? k : '?';
      const at = path ? `${path}.${key}` : key;
      if (key === '?') return [{ field: at, message: tr('字段名含有无效字符', 'has an invalid field name') }];
      return findBadText(v, at, depth + 1);
    });
  }
  return [];
}
