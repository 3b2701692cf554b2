import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../auth/roles.decorator';
import { ApiProblems } from '../http/problem-responses.decorator';
import { DigestRunService } from './digest-run.service';
import { RunDigestAcceptedDto, RunDigestDto } from './run-digest.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('digests')
export class DigestsController {
  constructor(private readonly digests: DigestRunService) {}

  @Post('run')
  @AdminOnly()
  @HttpCode(202)
  @ApiOperation({
    summary: "Send a week's digests now (admin)",
    description:
      'Queues the weekly digest of an ISO week (default: the current one) for every active user; the worker ' +
      'sends it. Running it again sends nothing twice.',
  })
  @ApiAcceptedResponse({ type: RunDigestAcceptedDto, description: 'Queued' })
  @ApiProblems('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  run(@Body() body: RunDigestDto): Promise<{ week: string }> {
    return this.digests.run(body.week);
  }
}
