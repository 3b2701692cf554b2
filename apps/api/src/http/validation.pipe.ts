import { ValidationError, ValidationPipe, ArgumentMetadata } from '@nestjs/common';
import { FieldError, tr, ValidationFailedError } from '@luodi/core';

/**
 * Global validation: whitelist, forbid unknown fields, transform; every bad field named in one 400.
 * NUL bytes are refused anywhere in the input, because PostgreSQL text cannot store them.
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
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const nul = findNulBytes(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (nul.length > 0) throw new ValidationFailedError(nul);
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

function findNulBytes(value: unknown, path: string, depth = 0): FieldError[] {
  if (depth > 10) return [];
  if (typeof value === 'string') {
    return value.includes('\u0000')
      ? [{ field: path || 'body', message: tr('不能包含空字符（NUL）', 'must not contain NUL bytes') }]
      : [];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => findNulBytes(v, path ? `${path}.${k}` : k, depth + 1));
  }
  return [];
}
