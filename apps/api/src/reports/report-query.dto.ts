import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsCalendarDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUserIdOrMe,
  Max,
  MaxLength,
  Min,
} from '../http/validators';
import { DEFAULT_LIMIT, MAX_LIMIT } from '@luodi/core';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import { MAX_TARGET_YEAR, MIN_TARGET_YEAR } from '@luodi/targets';
import { USER_ID_OR_ME } from '../docs/schema-fragments';

/** Filters shared by every report. Staff must pass `ownerId=me` (or their own id); anything else is a 403. */
export class ReportScopeQueryDto {
  @ApiPropertyOptional({ enum: TRACK_CODES })
  @IsOptional()
  @IsIn(TRACK_CODES)
  track?: string;

  @ApiPropertyOptional({ enum: PARK_CODES })
  @IsOptional()
  @IsIn(PARK_CODES)
  park?: string;

  @ApiPropertyOptional({
    ...USER_ID_OR_ME,
    description: 'One owner: a user id, or `me`. Staff must pass `me` (or their own id)',
  })
  @IsOptional()
  @IsString()
  @IsUserIdOrMe()
  ownerId?: string;
}

export class FunnelQueryDto extends ReportScopeQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'Leads created from this zone date (Asia/Shanghai), inclusive',
    example: '2024-01-01',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Up to this zone date, inclusive',
    example: '2024-12-31',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class PeriodQueryDto extends ReportScopeQueryDto {
  @ApiProperty({ format: 'date', description: 'From this zone date, inclusive', example: '2024-04-01' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ format: 'date', description: 'Up to this zone date, inclusive', example: '2024-04-07' })
  @IsCalendarDate()
  to!: string;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class BatchesQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description:
      'true: only each list’s `count` and `amountWan`, without `items` (a dashboard’s figures, computed in SQL)',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  summary?: boolean;
}

export class YearQueryDto extends ReportScopeQueryDto {
  @ApiProperty({ type: 'integer', minimum: MIN_TARGET_YEAR, maximum: MAX_TARGET_YEAR, example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(MIN_TARGET_YEAR)
  @Max(MAX_TARGET_YEAR)
  year!: number;
}

export class OverdueQueryDto extends ReportScopeQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_LIMIT,
    default: DEFAULT_LIMIT,
    description: 'Overdue leads per page (the summaries by owner and 包联领导 always cover all)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ maxLength: 500, description: 'The `nextCursor` of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({
    ...USER_ID_OR_ME,
    description: 'Only the leads of this 包联领导: a user id, or `me`',
  })
  @IsOptional()
  @IsString()
  @IsUserIdOrMe()
  leaderId?: string;
}
