import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { DigestService } from '@luodi/notifications';
import type { User } from '@luodi/users';
import { AdminOnly } from '../auth/roles.decorator';
import { ApiProblems, BY_ROLE, CHANGE_ONE } from '../http/problem-responses.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { DigestPreviewQueryDto } from './digest-preview.query.dto';
import { DigestRunService } from './digest-run.service';
import { RunDigestAcceptedDto, RunDigestDto } from './run-digest.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('digests')
export class DigestsController {
  constructor(
    private readonly runs: DigestRunService,
    private readonly digests: DigestService,
  ) {}

  @Post('run')
  @AdminOnly()
  @HttpCode(202)
  @ApiOperation({
    summary: "Send a week's digests now (admin)",
    description:
      'Queues the weekly digest of an ISO week (default: the current one) for every active user; the worker ' +
      'sends it. Running it again sends nothing twice. The week must lie between 2000-W01 and next week.',
  })
  @ApiAcceptedResponse({ type: RunDigestAcceptedDto, description: 'Queued' })
  @ApiProblems(BY_ROLE)
  run(@Body() body: RunDigestDto): Promise<{ week: string }> {
    return this.runs.run(body.week);
  }

  @Get('preview')
  @AdminOnly()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The HTML digest a user would get for a week (sends nothing)',
    description:
      'Supervisors and admins get the zone digest (全区招商周报), staff their own (我的本周项目). Unknown user → 404.',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The email body as HTML', schema: { type: 'string' } })
  @ApiProblems(CHANGE_ONE)
  preview(@CurrentUser() user: User, @Query() query: DigestPreviewQueryDto): Promise<string> {
    return this.digests.preview(query.userId?.toLowerCase() ?? user.id, query.week);
  }
}
