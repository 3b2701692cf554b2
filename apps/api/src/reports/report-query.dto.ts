import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import { MAX_TARGET_YEAR, MIN_TARGET_YEAR } from '@luodi/targets';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OWNER = /^(me|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

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

  @ApiPropertyOptional({ description: 'a user id, or `me`' })
  @IsOptional()
  @IsString()
  @Matches(OWNER, { message: 'ownerId must be a user id (UUID) or "me"' })
  ownerId?: string;
}

export class FunnelQueryDto extends ReportScopeQueryDto {
  @ApiPropertyOptional({
    description: 'zone date (Asia/Shanghai) of creation, inclusive',
    example: '2024-01-01',
  })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'inclusive', example: '2024-12-31' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}

export class PeriodQueryDto extends ReportScopeQueryDto {
  @ApiProperty({ description: 'zone date, inclusive', example: '2024-04-01' })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ description: 'zone date, inclusive', example: '2024-04-07' })
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to!: string;
}

export class YearQueryDto extends ReportScopeQueryDto {
  @ApiProperty({ minimum: MIN_TARGET_YEAR, maximum: MAX_TARGET_YEAR, example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(MIN_TARGET_YEAR)
  @Max(MAX_TARGET_YEAR)
  year!: number;
}

export class OverdueQueryDto extends ReportScopeQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50, description: 'leads listed per owner' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limitPerOwner?: number;
}
