import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import { MAX_TARGET_YEAR, MIN_TARGET_YEAR } from '@luodi/targets';
import {
  BUILD_TYPES,
  BuildType,
  isPlanMonth,
  monthMessage,
  PLAN_CATEGORIES,
  PlanCategory,
} from '@luodi/plans';
import { USER_ID_OR_ME, wanInput } from '../docs/schema-fragments';
import { PaginationQueryDto } from '../http/pagination.dto';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUserIdOrMe,
  Max,
  Min,
  refusal,
  ValidateBy,
} from '../http/validators';
import { IsWan } from '../leads/lead-validators';

const MONTH_SCHEMA = {
  type: String,
  pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
  nullable: true,
  example: '2024-05',
};

const IsPlanMonth = () =>
  ValidateBy(
    { name: 'isPlanMonth', validator: { validate: (v: unknown) => isPlanMonth(v) } },
    { message: refusal(() => monthMessage()) },
  );

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** `PUT /leads/:id/plans/:year`. */
export class PutPlanDto {
  @ApiProperty(wanInput('年度计划投资: the year’s planned investment', { example: '52000.0000' }))
  @IsDefined()
  @IsWan()
  plannedInvestmentWan!: string | number;

  @ApiPropertyOptional({ ...MONTH_SCHEMA, description: '计划开工月份 (YYYY-MM); null or absent: none' })
  @IsOptional()
  @IsPlanMonth()
  plannedStartMonth?: string | null;

  @ApiPropertyOptional({
    ...MONTH_SCHEMA,
    example: '2025-06',
    description: '计划投产月份 (YYYY-MM), not before the start month',
  })
  @IsOptional()
  @IsPlanMonth()
  plannedProductionMonth?: string | null;

  @ApiProperty({ enum: BUILD_TYPES, description: '新建 new, 续建 continued' })
  @IsDefined()
  @IsIn(BUILD_TYPES)
  buildType!: BuildType;

  @ApiProperty({ enum: PLAN_CATEGORIES, description: '产业类 industrial, 基础设施类 infrastructure' })
  @IsDefined()
  @IsIn(PLAN_CATEGORIES)
  category!: PlanCategory;

  @ApiProperty({ type: Boolean, description: '省级重点工程 that year' })
  @IsDefined()
  @IsBoolean()
  provincialKey!: boolean;
}

/** The filters of the plan list and report. */
export class PlanFilterQueryDto {
  @ApiPropertyOptional({ enum: TRACK_CODES })
  @IsOptional()
  @IsIn(TRACK_CODES)
  track?: string;

  @ApiPropertyOptional({ enum: PARK_CODES })
  @IsOptional()
  @IsIn(PARK_CODES)
  park?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only 省级重点工程; false: only the others' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  provincialKey?: boolean;

  @ApiPropertyOptional({ ...USER_ID_OR_ME, description: 'One owner: a user id, or `me`' })
  @IsOptional()
  @IsString()
  @IsUserIdOrMe()
  ownerId?: string;
}

export class PlanListQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: TRACK_CODES })
  @IsOptional()
  @IsIn(TRACK_CODES)
  track?: string;

  @ApiPropertyOptional({ enum: PARK_CODES })
  @IsOptional()
  @IsIn(PARK_CODES)
  park?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only 省级重点工程; false: only the others' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  provincialKey?: boolean;

  @ApiPropertyOptional({ ...USER_ID_OR_ME, description: 'One owner: a user id, or `me`' })
  @IsOptional()
  @IsString()
  @IsUserIdOrMe()
  ownerId?: string;

  @ApiPropertyOptional({ enum: PLAN_CATEGORIES })
  @IsOptional()
  @IsIn(PLAN_CATEGORIES)
  category?: PlanCategory;

  @ApiPropertyOptional({ enum: BUILD_TYPES })
  @IsOptional()
  @IsIn(BUILD_TYPES)
  buildType?: BuildType;
}

export class PlanReportQueryDto extends PlanFilterQueryDto {
  @ApiProperty({ type: 'integer', minimum: MIN_TARGET_YEAR, maximum: MAX_TARGET_YEAR, example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(MIN_TARGET_YEAR)
  @Max(MAX_TARGET_YEAR)
  year!: number;
}
