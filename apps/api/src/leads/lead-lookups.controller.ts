import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, Page } from '@luodi/core';
import { ActivityFeedRepository, FeedActivity, LeadCounts, LeadsService } from '@luodi/leads';
import { resolveMe, User } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { ApiProblems, SIGNED_IN } from '../http/problem-responses.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { toFilter } from './leads.controller';
import { LeadFilterQueryDto } from './list-leads.query.dto';
import {
  ActivityFeedQueryDto,
  FeedActivityPageView,
  LeadCountsView,
  LeadNamesQueryDto,
  LeadNamesView,
} from './lead-lookups.dto';

/** What the web workspace reads besides the lists: counts for a filter, lead names by id, the activity feed. */
@ApiTags('leads')
@ApiBearerAuth()
@Controller()
export class LeadLookupsController {
  constructor(
    private readonly leads: LeadsService,
    private readonly feed: ActivityFeedRepository,
    private readonly clock: Clock,
  ) {}

  @Get('leads/counts')
  @AnyRole()
  @ApiOperation({
    summary: 'How many leads match the list filters, in all and by 三色预警',
    description:
      'Takes the same filters as `GET /leads` (without paging) and counts what that list would hold.',
  })
  @ApiOkResponse({ type: LeadCountsView })
  @ApiProblems(SIGNED_IN)
  counts(@Query() query: LeadFilterQueryDto, @CurrentUser() user: User): Promise<LeadCounts> {
    return this.leads.counts(toFilter(query, user, this.clock));
  }

  @Get('leads/names')
  @AnyRole()
  @ApiOperation({
    summary: 'Company and project names of leads by id (unknown ids are left out)',
    description: 'For showing names instead of ids (notifications, the activity feed): any signed-in user.',
  })
  @ApiOkResponse({ type: LeadNamesView })
  @ApiProblems(SIGNED_IN)
  async names(@Query() query: LeadNamesQueryDto): Promise<LeadNamesView> {
    return { items: await this.leads.names(query.ids) };
  }

  @Get('activities')
  @AnyRole()
  @ApiOperation({
    summary: 'The latest activities (洽谈记录) across leads, newest first',
    description: 'Filter by the leads a user owns (`ownerId`), leads (`leaderId`), or by who logged them.',
  })
  @ApiOkResponse({ type: FeedActivityPageView })
  @ApiProblems(SIGNED_IN)
  activities(@Query() q: ActivityFeedQueryDto, @CurrentUser() user: User): Promise<Page<FeedActivity>> {
    return this.feed.list(
      {
        ownerId: resolveMe(q.ownerId, user),
        leaderId: resolveMe(q.leaderId, user),
        byUserId: resolveMe(q.byUserId, user),
      },
      q.limit,
      q.cursor,
    );
  }
}
