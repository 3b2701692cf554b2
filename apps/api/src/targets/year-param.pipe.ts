import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '@luodi/core';
import { MAX_TARGET_YEAR, MIN_TARGET_YEAR, yearRangeMessage } from '@luodi/targets';

/** `:year` in a path: a four-digit year in the range the targets table accepts, else a 400 naming it. */
@Injectable()
export class YearParamPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= MIN_TARGET_YEAR && year <= MAX_TARGET_YEAR)) {
      throw new ValidationFailedError([{ field: metadata.data ?? 'year', message: yearRangeMessage() }]);
    }
    return year;
  }
}
