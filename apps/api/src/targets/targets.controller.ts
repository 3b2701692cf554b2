import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Target, TargetProgress, TargetsService } from '@luodi/targets';
import type { User } from '@luodi/users';
import { AnyRole, SupervisorOrAdmin } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { PutTargetDto, TargetProgressView, TargetView } from './target.dto';
import { YearParamPipe } from './year-param.pipe';

@ApiTags('targets')
@ApiBearerAuth()
@Controller('targets')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  /** Creates or replaces the year's target and all its breakdowns; 200 either way (an idempotent PUT). */
  @Put(':year')
  @SupervisorOrAdmin()
  @ApiOkResponse({ type: TargetView })
  async put(
    @Param('year', YearParamPipe) year: number,
    @Body() body: PutTargetDto,
    @CurrentUser() user: User,
  ): Promise<Target> {
    return (await this.targets.set(year, body, user.id)).target;
  }

  @Get(':year')
  @AnyRole()
  @ApiOkResponse({ type: TargetView })
  get(@Param('year', YearParamPipe) year: number): Promise<Target> {
    return this.targets.get(year);
  }

  /** Every signed-in user may follow the zone's progress (the bureau ranks its staff openly). */
  @Get(':year/progress')
  @AnyRole()
  @ApiOkResponse({ type: TargetProgressView })
  progress(@Param('year', YearParamPipe) year: number): Promise<TargetProgress> {
    return this.targets.progress(year);
  }
}
