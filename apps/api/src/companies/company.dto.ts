import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  COMPANY_TAGS,
  MAX_ALIASES,
  MAX_COMPANY_NAME,
  MAX_COMPANY_NOTES,
  MAX_COMPANY_SHORT_TEXT,
  OWNERSHIPS,
} from '@luodi/companies';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Min,
  ValidateIf,
} from '../http/validators';
import { PaginationQueryDto } from '../http/pagination.dto';
import { IsCreditCode, IsMainlandPhone, trim } from '../leads/lead-validators';

const present = (_: object, v: unknown) => v !== undefined;
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? trim({ value: v }) : v)) : value;

/** The optional fields of a company, the same on POST and PATCH (`null` clears one on PATCH). */
class CompanyOptionalFieldsDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: '统一社会信用代码: 18 characters, check character per GB 32100-2015',
    example: '91140100MA0GRXJ64X',
  })
  @IsOptional()
  @IsString()
  @IsCreditCode()
  creditCode?: string | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_ALIASES,
    description: 'Other names and short names (简称), each 1..200 characters',
    example: ['烁科晶体', '烁科'],
  })
  @ValidateIf(present)
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(MAX_ALIASES)
  @IsString({ each: true })
  @Length(1, MAX_COMPANY_NAME, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ enum: OWNERSHIPS, description: '企业性质; default other' })
  @ValidateIf(present)
  @IsIn(OWNERSHIPS)
  ownership?: (typeof OWNERSHIPS)[number];

  @ApiPropertyOptional({ enum: COMPANY_TAGS, isArray: true, example: ['chain_leader', 'listed'] })
  @ValidateIf(present)
  @IsArray()
  @ArrayMaxSize(COMPANY_TAGS.length)
  @IsIn(COMPANY_TAGS, { each: true })
  tags?: (typeof COMPANY_TAGS)[number][];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: MAX_COMPANY_SHORT_TEXT,
    example: '山西省太原市',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_COMPANY_SHORT_TEXT)
  hqRegion?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: MAX_COMPANY_SHORT_TEXT,
    example: 'https://www.example.com',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_COMPANY_SHORT_TEXT)
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_COMPANY_NOTES })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_COMPANY_NOTES)
  notes?: string | null;
}

export class CreateCompanyDto extends CompanyOptionalFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_COMPANY_NAME, example: '山西烁科晶体有限公司' })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_COMPANY_NAME)
  name!: string;
}

export class UpdateCompanyDto extends CompanyOptionalFieldsDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version the change is based on' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ minLength: 1, maxLength: MAX_COMPANY_NAME })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, MAX_COMPANY_NAME)
  name?: string;
}

export class ListCompaniesQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the name or an alias, or the credit code' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: OWNERSHIPS })
  @IsOptional()
  @IsIn(OWNERSHIPS)
  ownership?: (typeof OWNERSHIPS)[number];

  @ApiPropertyOptional({ enum: COMPANY_TAGS })
  @IsOptional()
  @IsIn(COMPANY_TAGS)
  tag?: (typeof COMPANY_TAGS)[number];
}

export class SimilarCompaniesQueryDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_COMPANY_NAME, example: '烁科晶体' })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_COMPANY_NAME)
  name!: string;
}

export class CreateContactDto {
  @ApiProperty({ minLength: 1, maxLength: 100, example: '王经理' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: '总经理' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40, example: '13800138000' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @IsMainlandPhone()
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'email', example: 'wang@example.com' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsEmail()
  email?: string | null;
}
