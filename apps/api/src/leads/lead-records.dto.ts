import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsCalendarDate,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Min,
} from '../http/validators';
import {
  ACTIVITY_KINDS,
  ActivityKind,
  APPROVAL_STATUSES,
  ApprovalStatus,
  MAX_NOTES_LENGTH,
} from '@luodi/leads';
import { IsWan } from './lead-validators';

export class ApprovalDto {
  @ApiProperty({ enum: APPROVAL_STATUSES })
  @IsIn(APPROVAL_STATUSES)
  status!: ApprovalStatus;

  @ApiPropertyOptional({ format: 'date', nullable: true, description: 'With status done; defaults to today' })
  @IsOptional()
  @IsCalendarDate()
  doneAt?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 100, description: '批文文号' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNo?: string | null;

  @ApiPropertyOptional({ minimum: 1, description: 'When given, a stale version is 409 VERSION_CONFLICT' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ActivityDto {
  @ApiProperty({ enum: ACTIVITY_KINDS })
  @IsIn(ACTIVITY_KINDS)
  kind!: ActivityKind;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true, strictSeparator: true })
  occurredAt!: string;

  @ApiProperty({ minLength: 1, maxLength: MAX_NOTES_LENGTH })
  @IsString()
  @Length(1, MAX_NOTES_LENGTH)
  summary!: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  nextFollowUpAt?: string | null;
}

export class InvestmentDto {
  @ApiProperty({ type: String, description: '到位资金 that month, 万元 (0 allowed)', example: '1200.0000' })
  @IsWan({ allowZero: true })
  paidInWan!: string | number;

  @ApiProperty({ type: String, description: '投资完成额 that month, 万元 (0 allowed)', example: '800.0000' })
  @IsWan({ allowZero: true })
  completedWan!: string | number;
}

export class ImportQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}
