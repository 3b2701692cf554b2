import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page } from '@luodi/core';
import {
  ApprovalKind,
  Lead,
  LeadActivity,
  LeadAuditEntry,
  LeadInvestment,
  LeadRecordsService,
  LeadTransition,
  LeadTransitionService,
} from '@luodi/leads';
import { User } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { PaginationQueryDto } from '../http/pagination.dto';
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
@Controller('leads/:id')
export class LeadRecordsController {
  constructor(
    private readonly transitionsService: LeadTransitionService,
    private readonly records: LeadRecordsService,
  ) {}

  @Post('transitions')
  @HttpCode(200)
  @AnyRole()
  @ApiOkResponse({ type: LeadView })
  transition(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: StageTransitionDto,
    @CurrentUser() user: User,
  ): Promise<Lead> {
    return this.transitionsService.transition(id, body, user);
  }

  @Get('transitions')
  @AnyRole()
  @ApiOkResponse({ type: [TransitionView] })
  transitions(@Param('id', UuidParamPipe) id: string): Promise<LeadTransition[]> {
    return this.records.transitions(id);
  }

  @Put('approvals/:kind')
  @AnyRole()
  @ApiOkResponse({ type: LeadView })
  setApproval(
    @Param('id', UuidParamPipe) id: string,
    @Param('kind', ApprovalKindPipe) kind: ApprovalKind,
    @Body() body: ApprovalDto,
    @CurrentUser() user: User,
  ): Promise<Lead> {
    return this.records.setApproval(id, kind, body, user);
  }

  @Post('activities')
  @AnyRole()
  @ApiCreatedResponse({ type: ActivityView })
  addActivity(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: ActivityDto,
    @CurrentUser() user: User,
  ): Promise<LeadActivity> {
    return this.records.addActivity(id, body, user);
  }

  @Get('activities')
  @AnyRole()
  @ApiOkResponse({ type: ActivityPageView })
  activities(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PaginationQueryDto,
  ): Promise<Page<LeadActivity>> {
    return this.records.activities(id, query.limit, query.cursor);
  }

  @Put('investments/:month')
  @AnyRole()
  @ApiOkResponse({ type: [InvestmentView] })
  setInvestment(
    @Param('id', UuidParamPipe) id: string,
    @Param('month', MonthPipe) month: string,
    @Body() body: InvestmentDto,
    @CurrentUser() user: User,
  ): Promise<LeadInvestment[]> {
    return this.records.setInvestment(id, month, body, user);
  }

  @Get('investments')
  @AnyRole()
  @ApiOkResponse({ type: [InvestmentView] })
  investments(@Param('id', UuidParamPipe) id: string): Promise<LeadInvestment[]> {
    return this.records.investments(id);
  }

  @Get('audit')
  @AnyRole()
  @ApiOkResponse({ type: [AuditEntryView] })
  audit(@Param('id', UuidParamPipe) id: string): Promise<LeadAuditEntry[]> {
    return this.records.audit(id);
  }
}
