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
import { IsWan, trim } from './lead-validators';
import { LeadOptionalFieldsDto } from './lead-optional-fields.dto';

/** Present → change it; `null` clears an optional field; required fields cannot be null. */
const present = (_: object, v: unknown) => v !== undefined;

export class UpdateLeadDto extends LeadOptionalFieldsDto {
  @ApiProperty({ description: 'The version the change is based on (optimistic concurrency)', minimum: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ maxLength: MAX_NAME_LENGTH })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, MAX_NAME_LENGTH)
  companyName?: string;

  @ApiPropertyOptional({ maxLength: MAX_NAME_LENGTH })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, MAX_NAME_LENGTH)
  projectName?: string;

  @ApiPropertyOptional({ enum: TRACK_CODES })
  @ValidateIf(present)
  @IsIn(TRACK_CODES)
  track?: string;

  @ApiPropertyOptional({ type: String, example: '500000.0000' })
  @ValidateIf(present)
  @IsWan()
  plannedInvestmentWan?: string | number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Only before signing; then by transition',
  })
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

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Supervisors only' })
  @IsOptional()
  @IsUUID('all')
  leaderId?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, description: 'Supervisors only' })
  @IsOptional()
  @IsCalendarDate()
  stageDeadline?: string | null;
}
