import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../auth/roles.decorator';
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
  @ApiOperation({ summary: "Send a week's digests now (running it again sends nothing twice)" })
  @ApiAcceptedResponse({ type: RunDigestAcceptedDto })
  run(@Body() body: RunDigestDto): Promise<{ week: string }> {
    return this.digests.run(body.week);
  }
}
