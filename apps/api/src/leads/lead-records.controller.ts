import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Page } from '@luodi/core';
import {
  ActivitiesService,
  APPROVAL_KINDS,
  ApprovalsService,
  AuditService,
  InvestmentsService,
  ApprovalKind,
  Lead,
  LeadActivity,
  LeadAuditEntry,
  LeadInvestment,
  LeadTransition,
  LeadTransitionService,
} from '@luodi/leads';
import { User } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { PaginationQueryDto } from '../http/pagination.dto';
import { ApiIdParam } from '../docs/api-params';
import { ApiProblems, CHANGE_ONE, READ_ONE } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { ActivityDto, ApprovalDto, InvestmentDto } from './lead-records.dto';
import { ApprovalKindPipe, MonthPipe } from './lead-params.pipe';
import {
  ActivityPageView,
  ActivityView,
  AuditEntryView,
  InvestmentView,
  LeadView,
  TransitionView,
} from './lead.view';
import { StageTransitionDto } from './stage-transition.dto';

/** A lead's stage moves, approvals (立项/环评/土地), activities (洽谈记录), investments and audit trail. */
@ApiTags('leads')
@ApiBearerAuth()
@ApiIdParam('The lead')
@Controller('leads/:id')
export class LeadRecordsController {
  constructor(
    private readonly transitionsService: LeadTransitionService,
    private readonly approvals: ApprovalsService,
    private readonly activitiesService: ActivitiesService,
    private readonly investmentsService: InvestmentsService,
    private readonly auditService: AuditService,
  ) {}

  @Post('transitions')
  @HttpCode(200)
  @AnyRole()
  @ApiOperation({
    summary: 'Move a lead to another stage',
    description:
      'Forward one stage at a time (else 422 STAGE_SKIP); gates (else 422 STAGE_GATE_UNMET listing what is ' +
      'missing): signing needs `signedAmountWan`, landing all three approvals done. `to: lost` needs a ' +
      '`reason`; moving back or reopening is for supervisors, with a reason. `date` defaults to today ' +
      '(Asia/Shanghai), never in the future nor before the current stage began.',
  })
  @ApiOkResponse({ type: LeadView, description: 'The lead after the move' })
  @ApiProblems(CHANGE_ONE, 'VERSION_CONFLICT', 'STAGE_SKIP', 'STAGE_GATE_UNMET', 'INVALID_TRANSITION')
  transition(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: StageTransitionDto,
    @CurrentUser() user: User,
  ): Promise<Lead> {
    return this.transitionsService.transition(id, body, user);
  }

  @Get('transitions')
  @AnyRole()
  @ApiOperation({ summary: 'A lead’s stage moves', description: 'Every move kept, oldest first.' })
  @ApiOkResponse({ type: [TransitionView] })
  @ApiProblems(READ_ONE)
  transitions(@Param('id', UuidParamPipe) id: string): Promise<LeadTransition[]> {
    return this.transitionsService.list(id);
  }

  @Put('approvals/:kind')
  @AnyRole()
  @ApiOperation({
    summary: 'Set an approval (立项, 环评 or 土地)',
    description:
      'Status, the date it was done (with `done`; defaults to today) and the 文号. With `version`, a stale one ' +
      'is a 409.',
  })
  @ApiParam({
    name: 'kind',
    description: 'project_approval 立项, eia 环评, land 土地',
    schema: { type: 'string', enum: [...APPROVAL_KINDS] },
  })
  @ApiOkResponse({ type: LeadView, description: 'The lead with the approval set' })
  @ApiProblems(CHANGE_ONE, 'VERSION_CONFLICT')
  setApproval(
    @Param('id', UuidParamPipe) id: string,
    @Param('kind', ApprovalKindPipe) kind: ApprovalKind,
    @Body() body: ApprovalDto,
    @CurrentUser() user: User,
  ): Promise<Lead> {
    return this.approvals.set(id, kind, body, user);
  }

  @Post('activities')
  @AnyRole()
  @ApiOperation({
    summary: 'Log an activity (洽谈记录)',
    description:
      'A visit, call, meeting…; not in the future. `nextFollowUpAt` becomes the lead’s next follow-up.',
  })
  @ApiCreatedResponse({ type: ActivityView })
  @ApiProblems(CHANGE_ONE)
  addActivity(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: ActivityDto,
    @CurrentUser() user: User,
  ): Promise<LeadActivity> {
    return this.activitiesService.add(id, body, user);
  }

  @Get('activities')
  @AnyRole()
  @ApiOperation({ summary: 'A lead’s activities', description: 'Newest first, cursor-paged.' })
  @ApiOkResponse({ type: ActivityPageView })
  @ApiProblems(READ_ONE)
  activities(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PaginationQueryDto,
  ): Promise<Page<LeadActivity>> {
    return this.activitiesService.list(id, query.limit, query.cursor);
  }

  @Put('investments/:month')
  @AnyRole()
  @ApiOperation({
    summary: 'Record a month’s investment',
    description:
      '到位资金 and 投资完成额 of a month, for leads at landed or later; not a future month. Returns every month ' +
      'with running totals.',
  })
  @ApiParam({
    name: 'month',
    description: 'The month, 2000 or later',
    schema: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2024-05' },
  })
  @ApiOkResponse({ type: [InvestmentView] })
  @ApiProblems(CHANGE_ONE)
  setInvestment(
    @Param('id', UuidParamPipe) id: string,
    @Param('month', MonthPipe) month: string,
    @Body() body: InvestmentDto,
    @CurrentUser() user: User,
  ): Promise<LeadInvestment[]> {
    return this.investmentsService.set(id, month, body, user);
  }

  @Get('investments')
  @AnyRole()
  @ApiOperation({
    summary: 'A lead’s monthly investments',
    description: 'Oldest month first, with running totals.',
  })
  @ApiOkResponse({ type: [InvestmentView] })
  @ApiProblems(READ_ONE)
  investments(@Param('id', UuidParamPipe) id: string): Promise<LeadInvestment[]> {
    return this.investmentsService.list(id);
  }

  @Get('audit')
  @AnyRole()
  @ApiOperation({
    summary: 'A lead’s audit trail',
    description: 'Every change: who, when, and each field’s old and new value.',
  })
  @ApiOkResponse({ type: [AuditEntryView] })
  @ApiProblems(READ_ONE)
  audit(@Param('id', UuidParamPipe) id: string): Promise<LeadAuditEntry[]> {
    return this.auditService.trail(id);
  }
}
