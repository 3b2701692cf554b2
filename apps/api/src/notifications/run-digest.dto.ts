import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsOptional,
  IsString,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { isIsoWeek } from '@luodi/core';

@ValidatorConstraint({ name: 'isoWeek' })
class IsoWeekConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return isIsoWeek(value);
  }
  defaultMessage(): string {
    return 'must be an ISO week like 2024-W14';
  }
}

export class RunDigestDto {
  @ApiPropertyOptional({
    example: '2024-W14',
    description: 'ISO week (Asia/Shanghai); default: the current week',
  })
  @IsOptional()
  @IsString()
  @Validate(IsoWeekConstraint)
  week?: string;
}

export class RunDigestAcceptedDto {
  @ApiProperty({ example: '2024-W14' })
  week!: string;
}
