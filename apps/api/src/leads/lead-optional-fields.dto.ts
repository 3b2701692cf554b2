import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from '../http/validators';
import { PARK_CODES } from '@luodi/catalog';
import { MAX_NOTES_LENGTH, MAX_SHORT_TEXT, SOURCES } from '@luodi/leads';
import { IsCreditCode, IsMainlandPhone, trim } from './lead-validators';

/** The optional, nullable fields a lead is created with and later edited: the same rules on POST and PATCH. */
export class LeadOptionalFieldsDto {
  @ApiPropertyOptional({
    type: String,
    description: '统一社会信用代码: 18 characters, check character per GB 32100-2015 (lower case accepted)',
    pattern: '^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$',
    example: '91350100M000100Y43',
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

  @ApiPropertyOptional({ type: String, maxLength: MAX_SHORT_TEXT, nullable: true, example: '王经理' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_SHORT_TEXT)
  contactName?: string | null;

  @ApiPropertyOptional({
    type: String,
    maxLength: 40,
    description: 'Mainland mobile or landline (0351-1234567)',
    example: '13800138000',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @IsMainlandPhone()
  contactPhone?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: MAX_NOTES_LENGTH, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NOTES_LENGTH)
  notes?: string | null;
}
