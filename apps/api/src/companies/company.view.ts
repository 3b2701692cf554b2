import { ApiProperty } from '@nestjs/swagger';
import { STAGE_CODES, TRACK_CODES, PARK_CODES } from '@luodi/catalog';
import { ACTIVITY_KINDS } from '@luodi/leads';
import { COMPANY_TAGS, OWNERSHIPS, PROJECT_TYPES } from '@luodi/companies';
import { wan, wanOrNull } from '../docs/schema-fragments';

export class CompanyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '山西烁科晶体有限公司' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: '91140100MA0GRXJ64X' }) creditCode!: string | null;
  @ApiProperty({ type: [String], example: ['烁科晶体'] }) aliases!: string[];
  @ApiProperty({ enum: OWNERSHIPS }) ownership!: string;
  @ApiProperty({ enum: COMPANY_TAGS, isArray: true }) tags!: string[];
  @ApiProperty({ type: String, nullable: true }) hqRegion!: string | null;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CompanyPageView {
  @ApiProperty({ type: [CompanyView] }) items!: CompanyView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ContactView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '王经理' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CompanyLeadView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty({ enum: PROJECT_TYPES }) projectType!: string;
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
  @ApiProperty({ enum: PARK_CODES, nullable: true }) park!: string | null;
  @ApiProperty({ enum: STAGE_CODES }) stage!: string;
  @ApiProperty(wan('计划投资额')) plannedInvestmentWan!: string;
  @ApiProperty(wanOrNull('签约金额')) signedAmountWan!: string | null;
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) signedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CompanyActivityView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) leadId!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) byUserId!: string | null;
}

export class CompanyTotalsView {
  @ApiProperty({ type: 'integer', description: 'Leads of the company, lost ones included' }) leads!: number;
  @ApiProperty({ type: 'integer', description: 'Before production and not lost' }) openLeads!: number;
  @ApiProperty({ type: 'integer' }) lostLeads!: number;
  @ApiProperty(wan('计划投资额 of the leads not lost')) plannedInvestmentWan!: string;
  @ApiProperty(wan('签约金额 of the leads at signed or later')) signedAmountWan!: string;
  @ApiProperty({ type: String, pattern: '^\\d+\\.\\d{4}$', example: '50.0000', description: '亿元' })
  signedAmountYi!: string;
}

export class CompanyQuarterResultView {
  @ApiProperty({ pattern: '^\\d{4}-Q[1-4]$', example: '2025-Q1' }) quarter!: string;
  @ApiProperty({ type: 'integer', description: 'Its producing projects that reported the quarter' })
  projects!: number;
  @ApiProperty(wan('产值 in the quarter, summed')) outputWan!: string;
  @ApiProperty(wan('税收 in the quarter, summed')) taxWan!: string;
  @ApiProperty({ type: 'integer', description: '就业: their headcounts that quarter, added up' })
  employees!: number;
}

export class CompanyDetailView extends CompanyView {
  @ApiProperty({ type: [CompanyLeadView], description: 'Its projects, oldest first' })
  leads!: CompanyLeadView[];
  @ApiProperty({ type: [ContactView] }) contacts!: ContactView[];
  @ApiProperty({
    type: [CompanyActivityView],
    description: '洽谈记录 across its projects, newest first (≤ 100)',
  })
  activities!: CompanyActivityView[];
  @ApiProperty({ type: CompanyTotalsView }) totals!: CompanyTotalsView;
  @ApiProperty({
    type: [CompanyQuarterResultView],
    description: '投产达效 of its producing projects, quarter by quarter, the latest first',
  })
  results!: CompanyQuarterResultView[];
}

export class SimilarCompanyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '山西烁科晶体有限公司' }) name!: string;
  @ApiProperty({ type: 'number', minimum: 0, maximum: 1, example: 0.667, description: 'pg_trgm similarity' })
  similarity!: number;
}
