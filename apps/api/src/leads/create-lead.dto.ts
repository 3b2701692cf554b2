import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from '../http/validators';
import { TRACK_CODES } from '@luodi/catalog';
import { MAX_NAME_LENGTH } from '@luodi/leads';
import { wanInput } from '../docs/schema-fragments';
import { IsWan, trim } from './lead-validators';
import { LeadCompanyFieldsDto } from '../companies/lead-company-fields.dto';

export class CreateLeadDto extends LeadCompanyFieldsDto {
  @ApiPropertyOptional({
    example: '晶科能源股份有限公司',
    minLength: 1,
    maxLength: MAX_NAME_LENGTH,
    description: 'Required unless `companyId` is given',
  })
  @ValidateIf((o: CreateLeadDto) => o.companyId === undefined || o.companyName !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, MAX_NAME_LENGTH)
  companyName?: string;

  @ApiProperty({ example: '晶科光伏组件生产基地', minLength: 1, maxLength: MAX_NAME_LENGTH })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_NAME_LENGTH)
  projectName!: string;

  @ApiProperty({ enum: TRACK_CODES })
  @IsIn(TRACK_CODES)
  track!: string;

  @ApiProperty(wanInput('计划投资额'))
  @IsWan()
  plannedInvestmentWan!: string | number;

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
