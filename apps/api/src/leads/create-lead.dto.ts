import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import { MAX_NAME_LENGTH, MAX_NOTES_LENGTH, MAX_SHORT_TEXT, SOURCES } from '@luodi/leads';
import { IsCreditCode, IsMainlandPhone, IsWan, trim } from './lead-validators';

export class CreateLeadDto {
  @ApiProperty({ example: '晶科能源股份有限公司', minLength: 1, maxLength: MAX_NAME_LENGTH })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_NAME_LENGTH)
  companyName!: string;

  @ApiProperty({ example: '晶科光伏组件生产基地', minLength: 1, maxLength: MAX_NAME_LENGTH })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_NAME_LENGTH)
  projectName!: string;

  @ApiProperty({ enum: TRACK_CODES })
  @IsIn(TRACK_CODES)
  track!: string;

  @ApiProperty({
    description: '计划投资额, 万元: decimal string (or number), <= 4 fraction digits',
    example: '500000.0000',
    type: String,
  })
  @IsWan()
  plannedInvestmentWan!: string | number;

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

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  isProvincialKey?: boolean;

  @ApiPropertyOptional({ enum: ['planning'], description: 'File the lead in 策划包装库' })
  @IsOptional()
  @IsIn(['planning'])
  pool?: 'planning';

  @ApiPropertyOptional({ format: 'uuid', description: 'Supervisors only; defaults to the caller' })
  @IsOptional()
  @IsUUID('all')
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '包联领导, an active supervisor; supervisors only' })
  @IsOptional()
  @IsUUID('all')
  leaderId?: string;
}
