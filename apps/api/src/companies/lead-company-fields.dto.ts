import { ApiPropertyOptional } from '@nestjs/swagger';
import { CHAIN_ROLES, PROJECT_TYPES } from '@luodi/companies';
import { IsIn, IsOptional, IsUUID, ValidateIf } from '../http/validators';
import { LeadOptionalFieldsDto } from '../leads/lead-optional-fields.dto';

const present = (_: object, v: unknown) => v !== undefined;

/** 企业库与产业链 (issue 15): the lead's company, project type and chain link, on POST and PATCH /leads. */
export class LeadCompanyFieldsDto extends LeadOptionalFieldsDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The company (企业库). On POST, instead of or with `companyName`: the lead takes the company’s name and ' +
      'credit code. Without it the company is found by credit code, else by normalised name, or created.',
  })
  @ValidateIf(present)
  @IsUUID('all')
  companyId?: string;

  @ApiPropertyOptional({ enum: PROJECT_TYPES, description: '新引进 / 增资扩产 / 技改; default new' })
  @ValidateIf(present)
  @IsIn(PROJECT_TYPES)
  projectType?: (typeof PROJECT_TYPES)[number];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The chain link (产业链环节)',
  })
  @IsOptional()
  @IsUUID('all')
  chainLinkId?: string | null;

  @ApiPropertyOptional({ enum: CHAIN_ROLES, nullable: true, description: '补链 / 强链 / 延链' })
  @IsOptional()
  @IsIn(CHAIN_ROLES)
  chainRole?: (typeof CHAIN_ROLES)[number] | null;
}
