import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsCalendarDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUserIdOrMe,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
} from '../http/validators';
import {
  MAX_ASSIGNEES,
  MAX_DEPARTMENT_NAME,
  MAX_PROBLEM_TEXT,
  PROBLEM_CATEGORIES,
  PROBLEM_STATUSES,
  ProblemCategory,
  ProblemStatus,
  SUPERVISION_STATUSES,
  SupervisionStatus,
} from '@luodi/problems';
import { PaginationQueryDto } from '../http/pagination.dto';
import { USER_ID_OR_ME } from '../docs/schema-fragments';
import { trim } from '../leads/lead-validators';

/** Present → change it; `null` clears an optional field. */
const present = (_: object, v: unknown) => v !== undefined;
const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
const CATEGORY_DOC =
  'land 用地, planning 规划, eia 环评, energy 能评, power 用电, water 用水, gas 用气, finance 融资, labour 用工, policy 政策兑现, permits 审批手续, other 其他';

export class CreateDepartmentDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_DEPARTMENT_NAME, example: '区自然资源局' })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_DEPARTMENT_NAME)
  name!: string;
}

export class UpdateDepartmentDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: MAX_DEPARTMENT_NAME, example: '区自然资源和规划局' })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, MAX_DEPARTMENT_NAME)
  name?: string;

  @ApiPropertyOptional({ description: 'false: no new problems go to it (existing ones keep it)' })
  @ValidateIf(present)
  @IsBoolean()
  active?: boolean;
}

export class CreateProblemDto {
  @ApiProperty({ enum: PROBLEM_CATEGORIES, description: CATEGORY_DOC })
  @IsIn(PROBLEM_CATEGORIES)
  category!: ProblemCategory;

  @ApiProperty({ minLength: 1, maxLength: MAX_PROBLEM_TEXT, example: '项目用地指标尚未落实，影响开工' })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_PROBLEM_TEXT)
  description!: string;

  @ApiProperty({ format: 'uuid', description: '责任单位 (an active department)' })
  @IsUUID('all')
  departmentId!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: '承办人 (an active user)',
  })
  @IsOptional()
  @IsUUID('all')
  assigneeId?: string | null;

  @ApiProperty({
    format: 'date',
    description: '办结时限, not before today (Asia/Shanghai)',
    example: '2024-06-30',
  })
  @IsCalendarDate()
  dueDate!: string;
}

export class UpdateProblemDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version the change is based on' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ enum: PROBLEM_CATEGORIES })
  @ValidateIf(present)
  @IsIn(PROBLEM_CATEGORIES)
  category?: ProblemCategory;

  @ApiPropertyOptional({ minLength: 1, maxLength: MAX_PROBLEM_TEXT })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, MAX_PROBLEM_TEXT)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf(present)
  @IsUUID('all')
  departmentId?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null: nobody yet' })
  @IsOptional()
  @IsUUID('all')
  assigneeId?: string | null;

  @ApiPropertyOptional({ format: 'date', description: 'Not before today when changed' })
  @ValidateIf(present)
  @IsCalendarDate()
  dueDate?: string;

  @ApiPropertyOptional({
    enum: PROBLEM_STATUSES,
    description:
      'open 待办 → in_progress 办理中 → resolved 已办结 (needs `resolution`); resolved → in_progress reopens',
  })
  @ValidateIf(present)
  @IsIn(PROBLEM_STATUSES)
  status?: ProblemStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: MAX_PROBLEM_TEXT,
    description: '办结情况, with status resolved',
    example: '已协调区自然资源局调整用地指标',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, MAX_PROBLEM_TEXT)
  resolution?: string | null;
}

export class ProblemUpdateDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_PROBLEM_TEXT, example: '已与自然资源局对接，拟下周上会' })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_PROBLEM_TEXT)
  text!: string;
}

export class ListProblemsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: PROBLEM_STATUSES })
  @IsOptional()
  @IsIn(PROBLEM_STATUSES)
  status?: ProblemStatus;

  @ApiPropertyOptional({ enum: PROBLEM_CATEGORIES })
  @IsOptional()
  @IsIn(PROBLEM_CATEGORIES)
  category?: ProblemCategory;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string;

  @ApiPropertyOptional({ ...USER_ID_OR_ME, description: 'The assignee: a user id, or `me`' })
  @IsOptional()
  @IsUserIdOrMe()
  assigneeId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only past due and not resolved' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  leadId?: string;
}

export class CreateSupervisionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  leadId!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A problem of that lead',
  })
  @IsOptional()
  @IsUUID('all')
  problemId?: string | null;

  @ApiProperty({ minLength: 1, maxLength: MAX_PROBLEM_TEXT, example: '请于月底前协调解决项目用电增容问题' })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_PROBLEM_TEXT)
  instruction!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: MAX_ASSIGNEES,
    description: '承办人: active users, each once',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ASSIGNEES)
  @IsUUID('all', { each: true })
  assigneeIds!: string[];

  @ApiProperty({
    format: 'date',
    description: '办理时限, not before today (Asia/Shanghai)',
    example: '2024-06-30',
  })
  @IsCalendarDate()
  dueDate!: string;
}

export class ListSupervisionsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: SUPERVISION_STATUSES })
  @IsOptional()
  @IsIn(SUPERVISION_STATUSES)
  status?: SupervisionStatus;

  @ApiPropertyOptional({ ...USER_ID_OR_ME, description: 'Orders with this assignee: a user id, or `me`' })
  @IsOptional()
  @IsUserIdOrMe()
  assigneeId?: string;

  @ApiPropertyOptional({ ...USER_ID_OR_ME, description: 'Orders issued by: a user id, or `me`' })
  @IsOptional()
  @IsUserIdOrMe()
  issuedBy?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: past due and not reported done or closed' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  leadId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  problemId?: string;
}

export class SupervisionVersionDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'When given, a stale version is a 409' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class SupervisionReportDto extends SupervisionVersionDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_PROBLEM_TEXT, example: '已完成供电方案审批，正在施工' })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_PROBLEM_TEXT)
  text!: string;

  @ApiPropertyOptional({ default: false, description: 'true: reports the order done (已反馈完成)' })
  @IsOptional()
  @IsBoolean()
  done?: boolean;
}

export class SupervisionReturnDto extends SupervisionVersionDto {
  @ApiProperty({ minLength: 1, maxLength: 2000, example: '用电增容尚未接入，请继续跟进' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class WarningSettingsDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 365,
    example: 7,
    description: 'Yellow when the stage deadline is this near',
  })
  @IsInt()
  @Min(0)
  @Max(365)
  deadlineSoonDays!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 3650,
    example: 30,
    description: 'Yellow after this many days without activity',
  })
  @IsInt()
  @Min(1)
  @Max(3650)
  noActivityDays!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 3650,
    example: 14,
    description: 'Yellow when a problem is open longer',
  })
  @IsInt()
  @Min(1)
  @Max(3650)
  problemAgingDays!: number;
}
