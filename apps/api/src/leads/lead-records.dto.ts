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
import { wanInput } from '../docs/schema-fragments';
import { IsWan } from './lead-validators';

export class ApprovalDto {
  @ApiProperty({ enum: APPROVAL_STATUSES })
  @IsIn(APPROVAL_STATUSES)
  status!: ApprovalStatus;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'With status done; defaults to today; not in the future',
  })
  @IsOptional()
  @IsCalendarDate()
  doneAt?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 100,
    description: '批文文号',
    example: '并发改备〔2024〕12号',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNo?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'When given, a stale version is 409 VERSION_CONFLICT',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ActivityDto {
  @ApiProperty({ enum: ACTIVITY_KINDS })
  @IsIn(ACTIVITY_KINDS)
  kind!: ActivityKind;

  @ApiProperty({
    format: 'date-time',
    description: 'Not in the future',
    example: '2024-05-06T10:00:00+08:00',
  })
  @IsISO8601({ strict: true, strictSeparator: true })
  occurredAt!: string;

  @ApiProperty({ minLength: 1, maxLength: MAX_NOTES_LENGTH, example: '与企业高管座谈，初步确定选址意向' })
  @IsString()
  @Length(1, MAX_NOTES_LENGTH)
  summary!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When to follow up next; not before occurredAt',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  nextFollowUpAt?: string | null;
}

export class InvestmentDto {
  @ApiProperty(wanInput('到位资金 that month', { allowZero: true, example: '1200.0000' }))
  @IsWan({ allowZero: true })
  paidInWan!: string | number;

  @ApiProperty(wanInput('投资完成额 that month', { allowZero: true, example: '800.0000' }))
  @IsWan({ allowZero: true })
  completedWan!: string | number;
}

export class ImportQueryDto {
  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'true: check and report without creating anything',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}
