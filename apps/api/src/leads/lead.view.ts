import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHAIN_ROLES, PROJECT_TYPES } from '@luodi/companies';
import { SimilarCompanyView } from '../companies/company.view';
import { PARK_CODES, STAGE_CODES, StageCode, TRACK_CODES } from '@luodi/catalog';
import {
  ACTIVITY_KINDS,
  ActivityKind,
  Approval,
  APPROVAL_STATUSES,
  ApprovalStatus,
  Lead,
  LeadActivity,
  LeadApprovals,
  LeadAuditEntry,
  LeadInvestment,
  LeadTransition,
  Pool,
  POOLS,
  Source,
  SOURCES,
  Warning,
  WARNINGS,
} from '@luodi/leads';
import { WARNING_REASONS, WarningReason } from '@luodi/problems';
import { wan, wanOrNull } from '../docs/schema-fragments';

/** OpenAPI shapes of the responses; each `implements` the domain type the service returns, so they stay in step. */
export class ApprovalView implements Approval {
  @ApiProperty({ enum: APPROVAL_STATUSES }) status!: ApprovalStatus;
  @ApiProperty({ format: 'date', nullable: true, type: String }) doneAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: '批文文号' }) documentNo!: string | null;
}

export class ApprovalsView implements LeadApprovals {
  @ApiProperty({ type: ApprovalView, description: '立项' }) projectApproval!: ApprovalView;
  @ApiProperty({ type: ApprovalView, description: '环评' }) eia!: ApprovalView;
  @ApiProperty({ type: ApprovalView, description: '土地' }) land!: ApprovalView;
}

export class LeadView implements Lead {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '晶科能源股份有限公司' }) companyName!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: '统一社会信用代码',
    example: '91350100M000100Y43',
  })
  creditCode!: string | null;
  @ApiProperty({ example: '晶科光伏组件生产基地' }) projectName!: string;
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
  @ApiProperty({ enum: PARK_CODES, nullable: true }) park!: string | null;
  @ApiProperty({ enum: SOURCES, nullable: true }) source!: Source | null;
  @ApiProperty(wan('计划投资额')) plannedInvestmentWan!: string;
  @ApiProperty(wanOrNull('签约金额')) signedAmountWan!: string | null;
  @ApiProperty({ enum: STAGE_CODES }) stage!: StageCode;
  @ApiProperty({ enum: POOLS, description: '三库, derived from the stage' }) pool!: Pool;
  @ApiProperty() isProvincialKey!: boolean;
  @ApiProperty({ format: 'date' }) stageEnteredAt!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) stageDeadline!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) signedAt!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) landedAt!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) constructionStartedAt!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) productionStartedAt!: string | null;
  @ApiProperty({ type: ApprovalsView }) approvals!: ApprovalsView;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) leaderId!: string | null;
  @ApiProperty({
    enum: WARNINGS,
    nullable: true,
    description: '三色预警; null when closed',
  })
  warning!: Warning | null;
  @ApiProperty({
    enum: WARNING_REASONS,
    isArray: true,
    description:
      'The rules that fired: stage_overdue, problem_overdue, supervision_overdue (red); deadline_soon, no_activity, ' +
      'problem_aging (yellow). Empty when green or closed',
  })
  warningReasons!: WarningReason[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) nextFollowUpAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastActivityAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) contactName!: string | null;
  @ApiProperty({ nullable: true, type: String }) contactPhone!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ nullable: true, type: String }) lostReason!: string | null;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Send it back with a change' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  // companies (issue 15)
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '企业库: the lead’s company' })
  companyId!: string | null;
  @ApiProperty({ enum: PROJECT_TYPES, description: '新引进 / 增资扩产 / 技改' }) projectType!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) chainLinkId!: string | null;
  @ApiProperty({ enum: CHAIN_ROLES, nullable: true, description: '补链 / 强链 / 延链' }) chainRole!:
    string | null;
}

/** The 201 of POST /leads: the lead, and firms whose names look like its firm's (a warning, never a refusal). */
export class CreatedLeadView extends LeadView {
  @ApiPropertyOptional({
    type: [SimilarCompanyView],
    description:
      '是否为同一企业？ Present when the create registered a new company and other companies look like it ' +
      '(a lead matched to a registered firm, or given `companyId`, gets none)',
  })
  similarCompanies?: SimilarCompanyView[];
}

export class LeadPageView {
  @ApiProperty({ type: [LeadView] }) items!: LeadView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class TransitionView implements LeadTransition {
  @ApiProperty({ enum: STAGE_CODES }) from!: StageCode;
  @ApiProperty({ enum: STAGE_CODES }) to!: StageCode;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) byUserId!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

export class ActivityView implements LeadActivity {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind!: ActivityKind;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) nextFollowUpAt!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) byUserId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ActivityPageView {
  @ApiProperty({ type: [ActivityView] }) items!: ActivityView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class InvestmentView implements LeadInvestment {
  @ApiProperty({ pattern: '^\\d{4}-\\d{2}$', example: '2024-05' }) month!: string;
  @ApiProperty(wan('到位资金 that month', '1200.0000')) paidInWan!: string;
  @ApiProperty(wan('投资完成额 that month', '800.0000')) completedWan!: string;
  @ApiProperty(wan('Running total of 到位资金 up to this month', '1200.0000')) paidInTotalWan!: string;
  @ApiProperty(wan('Running total of 投资完成额 up to this month', '800.0000')) completedTotalWan!: string;
}

export class AuditEntryView implements LeadAuditEntry {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) userId!: string | null;
  @ApiProperty({
    enum: ['created', 'imported', 'updated', 'transition', 'approval', 'activity', 'investment'],
  })
  action!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', minItems: 2, maxItems: 2, items: {} },
    description: '{ field: [old, new] }; values are as the lead representation writes them',
    example: { stage: ['lead', 'signed'], signedAmountWan: [null, '80000.0000'] },
  })
  changes!: Record<string, [unknown, unknown]>;
}

export class ImportErrorView {
  @ApiProperty({ type: 'integer', description: 'Row number in the sheet (the header is row 1)', example: 3 })
  row!: number;
  @ApiProperty({ example: 'plannedInvestmentWan' }) field!: string;
  @ApiProperty({ description: 'In the request language', example: '金额须大于0，最多4位小数' })
  message!: string;
}

export class ImportReportView {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ type: 'integer', description: 'Rows created (with dryRun: rows that would be created)' })
  created!: number;
  @ApiProperty({ type: 'integer', description: 'Rows not created (bad or duplicate)' }) skipped!: number;
  @ApiProperty({ type: [ImportErrorView] }) errors!: ImportErrorView[];
}

export class ImportFileView {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: '.xlsx or .csv (UTF-8, BOM allowed), at most 20 MiB',
  })
  file!: unknown;
}
