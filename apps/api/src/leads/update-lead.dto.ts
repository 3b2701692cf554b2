import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsCalendarDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
  ValidateIf,
} from '../http/validators';
import { TRACK_CODES } from '@luodi/catalog';
import { MAX_NAME_LENGTH } from '@luodi/leads';
import { wanInput } from '../docs/schema-fragments';
import { IsWan, trim } from './lead-validators';
import { LeadCompanyFieldsDto } from '../companies/lead-company-fields.dto';

/** Present → change it; `null` clears an optional field; required fields cannot be null. */
const present = (_: object, v: unknown) => v !== undefined;

export class UpdateLeadDto extends LeadCompanyFieldsDto {
  @ApiProperty({
    type: 'integer',
    description: 'The version the change is based on (optimistic concurrency)',
    minimum: 1,
  })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ minLength: 1, maxLength: MAX_NAME_LENGTH })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, MAX_NAME_LENGTH)
  companyName?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: MAX_NAME_LENGTH })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, MAX_NAME_LENGTH)
  projectName?: string;

  @ApiPropertyOptional({ enum: TRACK_CODES })
  @ValidateIf(present)
  @IsIn(TRACK_CODES)
  track?: string;

  @ApiPropertyOptional(wanInput('计划投资额'))
  @ValidateIf(present)
  @IsWan()
  plannedInvestmentWan?: string | number;

  @ApiPropertyOptional(wanInput('签约金额; only before signing (then by transition)', { nullable: true }))
  @IsOptional()
  @IsWan()
  signedAmountWan?: string | number | null;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsBoolean()
  isProvincialKey?: boolean;

  @ApiPropertyOptional({
    enum: ['planning', 'attraction'],
    description: 'Only at stage lead: into or out of 策划包装库',
  })
  @ValidateIf(present)
  @IsIn(['planning', 'attraction'])
  pool?: 'planning' | 'attraction';

  @ApiPropertyOptional({ format: 'uuid', description: 'Supervisors only' })
  @ValidateIf(present)
  @IsUUID('all')
  ownerId?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: '包联领导; supervisors only',
  })
  @IsOptional()
  @IsUUID('all')
  leaderId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Supervisors only; not for production or lost',
  })
  @IsOptional()
  @IsCalendarDate()
  stageDeadline?: string | null;
}
