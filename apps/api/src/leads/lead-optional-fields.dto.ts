import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from '../http/validators';
import { PARK_CODES } from '@luodi/catalog';
import { MAX_NOTES_LENGTH, MAX_SHORT_TEXT, SOURCES } from '@luodi/leads';
import { IsCreditCode, IsMainlandPhone, trim } from './lead-validators';

/** The optional, nullable fields a lead is created with and later edited: the same rules on POST and PATCH. */
export class LeadOptionalFieldsDto {
  @ApiPropertyOptional({
    description: '统一社会信用代码 (GB 32100-2015)',
    example: '91330000MA2J1ABC1X',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @IsCreditCode()
  creditCode?: string | null;

  @ApiPropertyOptional({ enum: PARK_CODES, nullable: true })
  @IsOptional()
  @IsIn(PARK_CODES)
  park?: string | null;

  @ApiPropertyOptional({ enum: SOURCES, nullable: true })
  @IsOptional()
  @IsIn(SOURCES)
  source?: string | null;

  @ApiPropertyOptional({ maxLength: MAX_SHORT_TEXT, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_SHORT_TEXT)
  contactName?: string | null;

  @ApiPropertyOptional({ description: 'Mainland mobile or landline', example: '13800138000', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @IsMainlandPhone()
  contactPhone?: string | null;

  @ApiPropertyOptional({ maxLength: MAX_NOTES_LENGTH, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NOTES_LENGTH)
  notes?: string | null;
}
