import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsCalendarDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUserIdOrMe,
  Length,
  Max,
  Min,
} from '../http/validators';
import { OPEN_STAGES, OpenStage, PARK_CODES, STAGE_CODES, StageCode, TRACK_CODES } from '@luodi/catalog';
import { BATCH_FILTERS, BatchFilter, LeadSort, Pool, POOLS, SORTS, Warning, WARNINGS } from '@luodi/leads';
import { PaginationQueryDto } from '../http/pagination.dto';
import { USER_ID_OR_ME } from '../docs/schema-fragments';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** The list's filters (also the export's). */
export class LeadFilterQueryDto {
  @ApiPropertyOptional({ enum: STAGE_CODES })
  @IsOptional()
  @IsIn(STAGE_CODES)
  stage?: StageCode;

  @ApiPropertyOptional({ enum: TRACK_CODES })
  @IsOptional()
  @IsIn(TRACK_CODES)
  track?: string;

  @ApiPropertyOptional({
    enum: [...PARK_CODES, 'none'],
    description: 'A park code, or `none` for leads without a park (未落园区)',
  })
  @IsOptional()
  @IsIn([...PARK_CODES, 'none'])
  park?: string;

  @ApiPropertyOptional({ ...USER_ID_OR_ME, description: 'The owner: a user id, or `me` (我的)' })
  @IsOptional()
  @IsUserIdOrMe()
  ownerId?: string;

  @ApiPropertyOptional({ ...USER_ID_OR_ME, description: 'The 包联领导: a user id, or `me`' })
  @IsOptional()
  @IsUserIdOrMe()
  leaderId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only leads past their stage deadline' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: WARNINGS, description: '三色预警' })
  @IsOptional()
  @IsIn(WARNINGS)
  warning?: Warning;

  @ApiPropertyOptional({ type: Boolean, description: '省级重点工程' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  isProvincialKey?: boolean;

  @ApiPropertyOptional({ enum: POOLS, description: '三库' })
  @IsOptional()
  @IsIn(POOLS)
  pool?: Pool;

  @ApiPropertyOptional({
    description: 'Substring of the company or project name (Chinese included)',
    minLength: 1,
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({
    description: 'Open leads whose stage deadline falls between today and today + N days (Asia/Shanghai)',
    type: 'integer',
    minimum: 0,
    maximum: 365,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(365)
  deadlineWithinDays?: number;

  @ApiPropertyOptional({
    enum: ['true'],
    description: 'Open leads whose next follow-up (nextFollowUpAt) is due by the end of today',
  })
  @IsOptional()
  @IsIn(['true'])
  followUpDue?: 'true';

  @ApiPropertyOptional({
    enum: OPEN_STAGES,
    description:
      'Leads that ever reached this stage or a later one (the funnel’s `reached`, however often they moved back)',
  })
  @IsOptional()
  @IsIn(OPEN_STAGES)
  reached?: OpenStage;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Leads created from this zone date (Asia/Shanghai), inclusive (the funnel’s period)',
  })
  @IsOptional()
  @IsCalendarDate()
  createdFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Leads created up to this zone date, inclusive' })
  @IsOptional()
  @IsCalendarDate()
  createdTo?: string;

  @ApiPropertyOptional({
    format: 'date',
    description:
      'Signed leads counting from this date by the targets’ rule: first signing on or after it, now at 签约 or later',
  })
  @IsOptional()
  @IsCalendarDate()
  signedFrom?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Signed leads (same rule) whose first signing is on or before this date',
  })
  @IsOptional()
  @IsCalendarDate()
  signedTo?: string;

  // Cockpit drill-down: the 三个一批 and the funnel's lost reasons (libs/leads drill/drill-filter.ts).
  @ApiPropertyOptional({
    enum: BATCH_FILTERS,
    description:
      '三个一批 (with batchFrom/batchTo): leads whose current signing / construction start / production start date is in the period and that are still at or after that stage',
  })
  @IsOptional()
  @IsIn(BATCH_FILTERS)
  batch?: BatchFilter;

  @ApiPropertyOptional({
    format: 'date',
    description: 'The 三个一批 period’s first zone date (needs `batch`)',
  })
  @IsOptional()
  @IsCalendarDate()
  batchFrom?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'The 三个一批 period’s last zone date (needs `batch`)',
  })
  @IsOptional()
  @IsCalendarDate()
  batchTo?: string;

  @ApiPropertyOptional({
    description: 'Lost leads whose reason, trimmed, is exactly this text (the funnel’s lost reasons)',
    minLength: 1,
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  lostReason?: string;

  @ApiPropertyOptional({ enum: ['true'], description: 'Lost leads without a reason (未填写原因)' })
  @IsOptional()
  @IsIn(['true'])
  lostReasonMissing?: 'true';

  @ApiPropertyOptional({ enum: SORTS, default: '-createdAt' })
  @IsOptional()
  @IsIn(SORTS)
  sort: LeadSort = '-createdAt';
}

/** The list: pagination plus the filters. */
export class ListLeadsQueryDto extends IntersectionType(PaginationQueryDto, LeadFilterQueryDto) {}
