import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from '../http/validators';
import { STAGE_CODES, StageCode } from '@luodi/catalog';
import { MAX_REASON_LENGTH } from '@luodi/leads';
import { wanInput } from '../docs/schema-fragments';
import { IsWan } from './lead-validators';

export class StageTransitionDto {
  @ApiProperty({ enum: STAGE_CODES })
  @IsIn(STAGE_CODES)
  to!: StageCode;

  @ApiPropertyOptional({ format: 'date', description: 'Defaults to today (Asia/Shanghai)' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional(wanInput('签约金额; required to sign unless already set'))
  @IsOptional()
  @IsWan()
  signedAmountWan?: string | number;

  @ApiPropertyOptional({
    maxLength: MAX_REASON_LENGTH,
    description: 'Required for lost, backwards and reopening',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REASON_LENGTH)
  reason?: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'The lead’s current version' })
  @IsInt()
  @Min(1)
  version!: number;
}
