import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '@luodi/core';
import { HistoryEntry, SupervisionOrder, SupervisionsService } from '@luodi/problems';
import { User } from '@luodi/users';
import { AnyRole, SupervisorOrAdmin } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiIdParam } from '../docs/api-params';
import { ApiProblems, CHANGE_ONE, READ_ONE, SIGNED_IN, STEP_ONE } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import {
  CreateSupervisionDto,
  ListSupervisionsQueryDto,
  SupervisionReportDto,
  SupervisionReturnDto,
  SupervisionVersionDto,
} from './problem.dto';
import { StatusHistoryEntryView, SupervisionPageView, SupervisionView } from './problem.view';

const me = (id: string | undefined, user: User) => (id === 'me' ? user.id : id?.toLowerCase());

/** 督办: orders issued by supervisors, acknowledged and reported by assignees, closed or returned by the issuer. */
@ApiTags('supervisions')
@ApiBearerAuth()
@Controller('supervisions')
export class SupervisionsController {
  constructor(private readonly orders: SupervisionsService) {}

  @Post()
  @SupervisorOrAdmin()
  @ApiOperation({
    summary: 'Issue a 督办 order (supervisor, admin)',
    description:
      'An instruction on a lead (or one of its problems) to one or more active users, with a due date not before ' +
      'today. Each assignee gets it in their daily 督办清单.',
  })
  @ApiCreatedResponse({ type: SupervisionView })
  @ApiProblems(CHANGE_ONE)
  issue(@Body() body: CreateSupervisionDto, @CurrentUser() user: User): Promise<SupervisionOrder> {
    return this.orders.issue(body, user);
  }

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: '督办 orders',
    description:
      'Newest first, filtered by status, assignee (`me`), issuer (`me`), overdue, lead or problem.',
  })
  @ApiOkResponse({ type: SupervisionPageView })
  @ApiProblems(SIGNED_IN)
  list(@Query() q: ListSupervisionsQueryDto, @CurrentUser() user: User): Promise<Page<SupervisionOrder>> {
    return this.orders.list(
      { ...q, assigneeId: me(q.assigneeId, user), issuedBy: me(q.issuedBy, user) },
      q.limit,
      q.cursor,
    );
  }

  @Get(':id')
  @AnyRole()
  @ApiIdParam('The order')
  @ApiOperation({
    summary: 'A 督办 order',
    description: 'With its assignees (签收), reports (反馈) and `overdue` as of today (Asia/Shanghai).',
  })
  @ApiOkResponse({ type: SupervisionView })
  @ApiProblems(READ_ONE)
  get(@Param('id', UuidParamPipe) id: string): Promise<SupervisionOrder> {
    return this.orders.get(id);
  }

  @Get(':id/history')
  @AnyRole()
  @ApiIdParam('The order')
  @ApiOperation({
    summary: 'A 督办 order’s history',
    description: 'Every action with its status, oldest first.',
  })
  @ApiOkResponse({ type: [StatusHistoryEntryView] })
  @ApiProblems(READ_ONE)
  history(@Param('id', UuidParamPipe) id: string): Promise<HistoryEntry[]> {
    return this.orders.history(id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @AnyRole()
  @ApiIdParam('The order')
  @ApiOperation({
    summary: 'Acknowledge (签收) an order (its assignees)',
    description: 'When every assignee has, the order is acknowledged. Twice is a 422; others get 403.',
  })
  @ApiOkResponse({ type: SupervisionView })
  @ApiProblems(STEP_ONE)
  acknowledge(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SupervisionVersionDto,
    @CurrentUser() user: User,
  ): Promise<SupervisionOrder> {
    return this.orders.acknowledge(id, user, body.version);
  }

  @Post(':id/reports')
  @AnyRole()
  @ApiIdParam('The order')
  @ApiOperation({
    summary: 'Report on an order (反馈; its assignees)',
    description:
      'After acknowledging. `done: true` (once every assignee acknowledged) reports it done for the issuer’s review.',
  })
  @ApiCreatedResponse({ type: SupervisionView })
  @ApiProblems(STEP_ONE)
  report(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SupervisionReportDto,
    @CurrentUser() user: User,
  ): Promise<SupervisionOrder> {
    return this.orders.report(id, body, user);
  }

  @Post(':id/close')
  @HttpCode(200)
  @AnyRole()
  @ApiIdParam('The order')
  @ApiOperation({
    summary: 'Close (办结) an order (its issuer or an admin)',
    description:
      'Only once reported done (else 422 INVALID_TRANSITION). A concurrent second close or return is a 409.',
  })
  @ApiOkResponse({ type: SupervisionView })
  @ApiProblems(STEP_ONE)
  close(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SupervisionVersionDto,
    @CurrentUser() user: User,
  ): Promise<SupervisionOrder> {
    return this.orders.close(id, user, body.version);
  }

  @Post(':id/return')
  @HttpCode(200)
  @AnyRole()
  @ApiIdParam('The order')
  @ApiOperation({
    summary: 'Return (退回) an order to its assignees (its issuer or an admin)',
    description:
      'Only once reported done, with a reason; the assignees report again. A concurrent second close or return is a 409.',
  })
  @ApiOkResponse({ type: SupervisionView })
  @ApiProblems(STEP_ONE)
  returnOrder(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SupervisionReturnDto,
    @CurrentUser() user: User,
  ): Promise<SupervisionOrder> {
    return this.orders.return(id, body.reason, user, body.version);
  }
}
