import { ApiProperty } from '@nestjs/swagger';
import { PROBLEM_CATEGORIES, PROBLEM_STATUSES, SUPERVISION_STATUSES } from '@luodi/problems';

/** OpenAPI shapes of the 问题台账与督办 answers. */
export class DepartmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '区自然资源局' }) name!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ProblemRecordView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) leadId!: string;
  @ApiProperty({ enum: PROBLEM_CATEGORIES }) category!: string;
  @ApiProperty({ example: '项目用地指标尚未落实，影响开工' }) description!: string;
  @ApiProperty({ format: 'uuid', description: '责任单位' }) departmentId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: '承办人' }) assigneeId!:
    string | null;
  @ApiProperty({ format: 'date', description: '办结时限' }) dueDate!: string;
  @ApiProperty({ enum: PROBLEM_STATUSES, description: 'open 待办, in_progress 办理中, resolved 已办结' })
  status!: string;
  @ApiProperty({ nullable: true, type: String, description: '办结情况' }) resolution!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) resolvedAt!: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Not resolved and today (Asia/Shanghai) is after dueDate' }) overdue!: boolean;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Send it back with a change' }) version!: number;
}

export class ProblemRecordPageView {
  @ApiProperty({ type: [ProblemRecordView] }) items!: ProblemRecordView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ProblemUpdateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) problemId!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'uuid' }) byUserId!: string;
  @ApiProperty({ example: '已与自然资源局对接，拟下周上会' }) text!: string;
}

export class StatusHistoryEntryView {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) byUserId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'null when created' }) from!: string | null;
  @ApiProperty() to!: string;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
}

export class ProblemAuditEntryView {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) userId!: string | null;
  @ApiProperty({ example: 'transition' }) action!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: {}, minItems: 2, maxItems: 2 },
    description: '`{field: [old, new]}`',
  })
  changes!: Record<string, [unknown, unknown]>;
}

export class ProblemHistoryView {
  @ApiProperty({ type: [StatusHistoryEntryView], description: 'Status moves, oldest first' })
  history!: StatusHistoryEntryView[];
  @ApiProperty({ type: [ProblemAuditEntryView], description: 'Every change, oldest first' })
  audit!: ProblemAuditEntryView[];
}

export class SupervisionAssigneeView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: '签收' }) acknowledgedAt!:
    string | null;
}

export class SupervisionReportView {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'uuid' }) byUserId!: string;
  @ApiProperty({ example: '已完成供电方案审批，正在施工' }) text!: string;
  @ApiProperty({ description: 'true: reported done' }) done!: boolean;
}

export class SupervisionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) leadId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) problemId!: string | null;
  @ApiProperty({ example: '请于月底前协调解决项目用电增容问题', description: '批示' }) instruction!: string;
  @ApiProperty({ format: 'uuid' }) issuedBy!: string;
  @ApiProperty({ type: [SupervisionAssigneeView] }) assignees!: SupervisionAssigneeView[];
  @ApiProperty({ format: 'date', description: '办理时限' }) dueDate!: string;
  @ApiProperty({
    enum: SUPERVISION_STATUSES,
    description: 'issued 已交办, acknowledged 已签收, reported 已反馈完成, closed 已办结, returned 已退回',
  })
  status!: string;
  @ApiProperty({ type: [SupervisionReportView], description: '反馈, oldest first' })
  reports!: SupervisionReportView[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The last 退回 reason' }) returnReason!:
    string | null;
  @ApiProperty({ description: 'Not reported done or closed and today is after dueDate' }) overdue!: boolean;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class SupervisionPageView {
  @ApiProperty({ type: [SupervisionView] }) items!: SupervisionView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class WarningSettingsView {
  @ApiProperty({ type: 'integer', example: 7 }) deadlineSoonDays!: number;
  @ApiProperty({ type: 'integer', example: 30 }) noActivityDays!: number;
  @ApiProperty({ type: 'integer', example: 14 }) problemAgingDays!: number;
}
