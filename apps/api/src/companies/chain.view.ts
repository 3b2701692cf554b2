import { ApiProperty } from '@nestjs/swagger';
import { STAGE_CODES, TRACK_CODES } from '@luodi/catalog';
import { CHAIN_POSITIONS, CHAIN_ROLES } from '@luodi/companies';
import { wan, wanOrNull } from '../docs/schema-fragments';

export class ChainLinkView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '衬底' }) name!: string;
  @ApiProperty({ enum: CHAIN_POSITIONS, description: '上游/中游/下游' }) position!: string;
}

export class ChainView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
  @ApiProperty({ example: '碳化硅' }) name!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ type: [ChainLinkView], description: 'Upstream first, then in the order added' })
  links!: ChainLinkView[];
}

export class LinkTargetView {
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ description: 'The company has a lead (any stage)' }) approached!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class LinkLeadView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) companyId!: string | null;
  @ApiProperty() companyName!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty({ enum: STAGE_CODES }) stage!: string;
  @ApiProperty({ enum: CHAIN_ROLES, nullable: true }) chainRole!: string | null;
  @ApiProperty(wan('计划投资额')) plannedInvestmentWan!: string;
  @ApiProperty(wanOrNull('签约金额')) signedAmountWan!: string | null;
}

export class ChainLinkDetailView extends ChainLinkView {
  @ApiProperty({ format: 'uuid' }) chainId!: string;
  @ApiProperty() chainName!: string;
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
  @ApiProperty({ type: [LinkTargetView], description: '招商目标企业' }) targets!: LinkTargetView[];
  @ApiProperty({ type: [LinkLeadView], description: 'Leads on the link' }) leads!: LinkLeadView[];
}

export class ChainLinkReportView extends ChainLinkView {
  @ApiProperty({ type: 'integer', description: 'Companies with a lead on the link at landed or later' })
  companiesPresent!: number;
  @ApiProperty({ type: 'integer', description: 'Leads on the link at lead or signed' })
  leadsInProgress!: number;
  @ApiProperty({ type: 'integer', description: 'Target companies without any lead yet' })
  targetsNotApproached!: number;
  @ApiProperty(wan('签约金额 of the link’s leads at signed or later', '0.0000')) signedAmountWan!: string;
  @ApiProperty({ type: String, pattern: '^\\d+\\.\\d{4}$', example: '0.0000', description: '亿元' })
  signedAmountYi!: string;
  @ApiProperty({ description: 'Nothing present and nothing in progress (缺链)' }) gap!: boolean;
  @ApiProperty({
    enum: ['present', 'in_progress', 'targets_only', 'empty'],
    description: 'The link’s colour on the chain map',
  })
  state!: string;
}

export class ChainReportItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [ChainLinkReportView] }) links!: ChainLinkReportView[];
}

export class ChainReportView {
  @ApiProperty({ type: [ChainReportItemView] }) chains!: ChainReportItemView[];
}
