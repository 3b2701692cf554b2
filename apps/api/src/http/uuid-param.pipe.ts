import { Injectable, PipeTransform, ArgumentMetadata } from '@nestjs/common';
import { tr, ValidationFailedError } from '@luodi/core';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}

/** A malformed id is a 400 (an unknown one is a 404, decided by the service). */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) {
      throw new ValidationFailedError([
        { field: metadata.data ?? 'id', message: tr('须为 UUID 格式的编号', 'must be a UUID') },
      ]);
    }
    return value.toLowerCase();
  }
}
