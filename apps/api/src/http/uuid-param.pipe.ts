import { Injectable, PipeTransform, ArgumentMetadata } from '@nestjs/common';
import { isUuid, tr, ValidationFailedError } from '@luodi/core';

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
