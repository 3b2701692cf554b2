import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STAGE_CODES } from '@luodi/catalog';
import { ACTIVITY_KINDS, APPROVAL_STATUSES, POOLS, SOURCES, WARNINGS } from '@luodi/leads';

/** OpenAPI shapes of the responses (the services return plain objects of these shapes). */
export class ApprovalView {
  @ApiProperty({ enum: APPROVAL_STATUSES }) status!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) doneAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) documentNo!: string | null;
}

export class ApprovalsView {
  @ApiProperty({ type: ApprovalView, description: '立项' }) projectApproval!: ApprovalView;
  @ApiProperty({ type: ApprovalView, description: '环评' }) eia!: ApprovalView;
  @ApiProperty({ type: ApprovalView, description: '土地' }) land!: ApprovalView;
}

export class LeadView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty({ nullable: true, type: String }) creditCode!: string | null;
  @ApiProperty() projectName!: string;
  @ApiProperty() track!: string;
  @ApiProperty({ nullable: true, type: String }) park!: string | null;
  @ApiProperty({ enum: SOURCES, nullable: true }) source!: string | null;
  @ApiProperty({ example: '500000.0000' }) plannedInvestmentWan!: string;
  @ApiProperty({ nullable: true, type: String }) signedAmountWan!: string | null;
  @ApiProperty({ enum: STAGE_CODES }) stage!: string;
  @ApiProperty({ enum: POOLS }) pool!: string;
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
  @ApiProperty({ enum: WARNINGS, nullable: true }) warning!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) nextFollowUpAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastActivityAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) contactName!: string | null;
  @ApiProperty({ nullable: true, type: String }) contactPhone!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ nullable: true, type: String }) lostReason!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class LeadPageView {
  @ApiProperty({ type: [LeadView] }) items!: LeadView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class TransitionView {
  @ApiProperty({ enum: STAGE_CODES }) from!: string;
  @ApiProperty({ enum: STAGE_CODES }) to!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) byUserId!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

export class ActivityView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind!: string;
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

export class InvestmentView {
  @ApiProperty({ example: '2024-05' }) month!: string;
  @ApiProperty() paidInWan!: string;
  @ApiProperty() completedWan!: string;
  @ApiProperty({ description: 'Running total of 到位资金 up to this month' }) paidInTotalWan!: string;
  @ApiProperty({ description: 'Running total of 投资完成额 up to this month' }) completedTotalWan!: string;
}

export class AuditEntryView {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) userId!: string | null;
  @ApiProperty({ example: 'transition' }) action!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '{ field: [old, new] }' })
  changes!: Record<string, [unknown, unknown]>;
}

export class ImportErrorView {
  @ApiProperty({ description: 'Row number in the sheet (the header is row 1)' }) row!: number;
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
}

export class ImportReportView {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ description: 'Rows created (with dryRun: rows that would be created)' }) created!: number;
  @ApiProperty() skipped!: number;
  @ApiProperty({ type: [ImportErrorView] }) errors!: ImportErrorView[];
}

export class ImportFileView {
  @ApiPropertyOptional({ type: 'string', format: 'binary' }) file?: unknown;
}
