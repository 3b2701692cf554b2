import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '@luodi/core';
import { AuditEntry, HistoryEntry, Problem, ProblemsService, ProblemUpdate } from '@luodi/problems';
import { User } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiIdParam } from '../docs/api-params';
import { PaginationQueryDto } from '../http/pagination.dto';
import { ApiProblems, CHANGE_ONE, READ_ONE, SIGNED_IN, STEP_ONE } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CreateProblemDto, ListProblemsQueryDto, ProblemUpdateDto, UpdateProblemDto } from './problem.dto';
import {
  ProblemHistoryView,
  ProblemRecordPageView,
  ProblemRecordView,
  ProblemUpdateView,
} from './problem.view';

const me = (id: string | undefined, user: User) => (id === 'me' ? user.id : id?.toLowerCase());

/** 问题台账: problems (问题/诉求) on leads, their changes and 反馈. */
@ApiTags('problems')
@ApiBearerAuth()
@Controller()
export class ProblemsController {
  constructor(private readonly problems: ProblemsService) {}

  @Post('leads/:id/problems')
  @AnyRole()
  @ApiIdParam('The lead')
  @ApiOperation({
    summary: 'Raise a problem on a lead',
    description:
      'Staff on the leads they own, supervisors and admins on any. The department must be active, the assignee an ' +
      'active user, the due date not before today.',
  })
  @ApiCreatedResponse({ type: ProblemRecordView })
  @ApiProblems(CHANGE_ONE)
  raise(
    @Param('id', UuidParamPipe) leadId: string,
    @Body() body: CreateProblemDto,
    @CurrentUser() user: User,
  ): Promise<Problem> {
    return this.problems.raise(leadId, body, user);
  }

  @Get('leads/:id/problems')
  @AnyRole()
  @ApiIdParam('The lead')
  @ApiOperation({ summary: 'A lead’s problems', description: 'Newest first, cursor-paged.' })
  @ApiOkResponse({ type: ProblemRecordPageView })
  @ApiProblems(READ_ONE)
  ofLead(@Param('id', UuidParamPipe) leadId: string, @Query() q: PaginationQueryDto): Promise<Page<Problem>> {
    return this.problems.listOfLead(leadId, q.limit, q.cursor);
  }

  @Get('problems')
  @AnyRole()
  @ApiOperation({
    summary: 'The 问题台账',
    description:
      'Every problem, newest first, filtered by status, category, department, assignee (`me`), overdue, lead.',
  })
  @ApiOkResponse({ type: ProblemRecordPageView })
  @ApiProblems(SIGNED_IN)
  list(@Query() q: ListProblemsQueryDto, @CurrentUser() user: User): Promise<Page<Problem>> {
    return this.problems.list({ ...q, assigneeId: me(q.assigneeId, user) }, q.limit, q.cursor);
  }

  @Get('problems/:id')
  @AnyRole()
  @ApiIdParam('The problem')
  @ApiOperation({ summary: 'A problem', description: 'With `overdue` as of today (Asia/Shanghai).' })
  @ApiOkResponse({ type: ProblemRecordView })
  @ApiProblems(READ_ONE)
  get(@Param('id', UuidParamPipe) id: string): Promise<Problem> {
    return this.problems.get(id);
  }

  @Patch('problems/:id')
  @AnyRole()
  @ApiIdParam('The problem')
  @ApiOperation({
    summary: 'Change a problem',
    description:
      'The lead’s owner, the assignee and supervisors may. Status open → in_progress → resolved (with a ' +
      '`resolution`, else 422 INVALID_TRANSITION); resolved → in_progress reopens. A stale `version` is a 409.',
  })
  @ApiOkResponse({ type: ProblemRecordView })
  @ApiProblems(STEP_ONE)
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateProblemDto,
    @CurrentUser() user: User,
  ): Promise<Problem> {
    return this.problems.change(id, body, user);
  }

  @Post('problems/:id/updates')
  @AnyRole()
  @ApiIdParam('The problem')
  @ApiOperation({ summary: 'Add a 反馈 (progress note)', description: 'By whoever may change the problem.' })
  @ApiCreatedResponse({ type: ProblemUpdateView })
  @ApiProblems(CHANGE_ONE)
  addUpdate(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: ProblemUpdateDto,
    @CurrentUser() user: User,
  ): Promise<ProblemUpdate> {
    return this.problems.addUpdate(id, body.text, user);
  }

  @Get('problems/:id/updates')
  @AnyRole()
  @ApiIdParam('The problem')
  @ApiOperation({ summary: 'A problem’s 反馈', description: 'Oldest first.' })
  @ApiOkResponse({ type: [ProblemUpdateView] })
  @ApiProblems(READ_ONE)
  updates(@Param('id', UuidParamPipe) id: string): Promise<ProblemUpdate[]> {
    return this.problems.updates(id);
  }

  @Get('problems/:id/history')
  @AnyRole()
  @ApiIdParam('The problem')
  @ApiOperation({ summary: 'A problem’s status moves and audit trail', description: 'Oldest first.' })
  @ApiOkResponse({ type: ProblemHistoryView })
  @ApiProblems(READ_ONE)
  history(@Param('id', UuidParamPipe) id: string): Promise<{ history: HistoryEntry[]; audit: AuditEntry[] }> {
    return this.problems.history(id);
  }
}
