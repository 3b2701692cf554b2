import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { LeadPlan, PlanListItem, PlanListSums, PlanReport, PlansService } from '@luodi/plans';
import { ReportsService } from '@luodi/reports';
import { MAX_TARGET_YEAR, MIN_TARGET_YEAR } from '@luodi/targets';
import type { Page } from '@luodi/core';
import type { User } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiIdParam } from '../docs/api-params';
import { ApiProblems, BY_ROLE, CHANGE_ONE, READ_ONE, SIGNED_IN } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { YearParamPipe } from '../targets/year-param.pipe';
import { PlanListQueryDto, PlanReportQueryDto, PutPlanDto } from './plan.dto';
import { PlanPageView, PlanReportView, PlanView } from './plan-views.dto';

const YEAR_PARAM = ApiParam({
  name: 'year',
  schema: { type: 'integer', minimum: MIN_TARGET_YEAR, maximum: MAX_TARGET_YEAR, example: 2024 },
});
const me = (user: User, ownerId?: string) => (ownerId === 'me' ? user.id : ownerId?.toLowerCase());

/** Annual plans (年度计划) per lead and year, the year's list with sums, and the plan report. */
@ApiTags('plans')
@ApiBearerAuth()
@Controller()
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly reports: ReportsService,
  ) {}

  @Put('leads/:id/plans/:year')
  @AnyRole()
  @ApiIdParam('The lead')
  @YEAR_PARAM
  @ApiOperation({
    summary: 'Set a lead’s plan for a year (年度计划)',
    description:
      '年度计划投资, planned start and production months, 新建/续建, 产业类/基础设施类 and 省级重点工程 for the ' +
      'year; creates or replaces it (200 either way), audited on the lead. Staff plan only their own leads.',
  })
  @ApiOkResponse({ type: PlanView })
  @ApiProblems(CHANGE_ONE)
  put(
    @Param('id', UuidParamPipe) id: string,
    @Param('year', YearParamPipe) year: number,
    @Body() body: PutPlanDto,
    @CurrentUser() user: User,
  ): Promise<LeadPlan> {
    return this.plans.put(id, year, body, user);
  }

  @Get('leads/:id/plans')
  @AnyRole()
  @ApiIdParam('The lead')
  @ApiOperation({ summary: 'A lead’s plans', description: 'Every year’s plan, the latest year first.' })
  @ApiOkResponse({ type: [PlanView] })
  @ApiProblems(READ_ONE)
  forLead(@Param('id', UuidParamPipe) id: string): Promise<LeadPlan[]> {
    return this.plans.forLead(id);
  }

  @Get('plans/:year')
  @AnyRole()
  @YEAR_PARAM
  @ApiOperation({
    summary: 'The year’s plans (年度计划表)',
    description:
      'Every lead’s plan for the year with its project, stage, start dates and 投资完成额 in the year, the ' +
      'largest planned investment first; `sums` are over all pages.',
  })
  @ApiOkResponse({ type: PlanPageView })
  @ApiProblems(SIGNED_IN)
  list(
    @Param('year', YearParamPipe) year: number,
    @Query() q: PlanListQueryDto,
    @CurrentUser() user: User,
  ): Promise<Page<PlanListItem> & { sums: PlanListSums }> {
    return this.plans.list({ ...q, year, ownerId: me(user, q.ownerId) }, q.limit, q.cursor);
  }

  @Get('reports/plan')
  @AnyRole()
  @ApiTags('reports')
  @ApiOperation({
    summary: 'The plan report (开工率, 投资完成率, 新建占比)',
    description:
      '开工率 = started construction in the year ÷ planned to start in it; 投资完成率 = 投资完成额 in the year ÷ ' +
      'the year’s planned investment; by category, build type and month (running totals), beside the year ' +
      'before (同比), for all projects or, with `provincialKey=true`, the 省级重点工程. Staff get only their ' +
      'own, with `ownerId=me`.',
  })
  @ApiOkResponse({ type: PlanReportView })
  @ApiProblems(BY_ROLE)
  report(@Query() q: PlanReportQueryDto, @CurrentUser() user: User): Promise<PlanReport> {
    return this.plans.report({ ...q, ownerId: this.reports.ownerScopeFor(user, q.ownerId) });
  }
}
