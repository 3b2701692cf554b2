import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { MAX_TARGET_YEAR, MIN_TARGET_YEAR, Target, TargetProgress, TargetsService } from '@luodi/targets';
import type { User } from '@luodi/users';
import { AnyRole, SupervisorOrAdmin } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiProblems, BY_ROLE, READ_ONE } from '../http/problem-responses.decorator';
import { PutTargetDto, TargetProgressView, TargetView } from './target.dto';
import { YearParamPipe } from './year-param.pipe';

@ApiTags('targets')
@ApiBearerAuth()
@ApiParam({
  name: 'year',
  schema: { type: 'integer', minimum: MIN_TARGET_YEAR, maximum: MAX_TARGET_YEAR, example: 2024 },
})
@Controller('targets')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  /** Creates or replaces the year's target and all its breakdowns; 200 either way (an idempotent PUT). */
  @Put(':year')
  @SupervisorOrAdmin()
  @ApiOperation({
    summary: 'Set the year’s target (supervisor, admin)',
    description:
      'The zone’s signed-amount target and optional targets by track, park and owner; replaces the year’s ' +
      'target and all its breakdowns (200 whether new or not). Every bad amount or key is named.',
  })
  @ApiOkResponse({ type: TargetView })
  @ApiProblems(BY_ROLE)
  async put(
    @Param('year', YearParamPipe) year: number,
    @Body() body: PutTargetDto,
    @CurrentUser() user: User,
  ): Promise<Target> {
    return (await this.targets.set(year, body, user.id)).target;
  }

  @Get(':year')
  @AnyRole()
  @ApiOperation({
    summary: 'The year’s target',
    description: 'As last set, with its breakdowns; 404 when none.',
  })
  @ApiOkResponse({ type: TargetView })
  @ApiProblems(READ_ONE)
  get(@Param('year', YearParamPipe) year: number): Promise<Target> {
    return this.targets.get(year);
  }

  /** Every signed-in user may follow the zone's progress (the bureau ranks its staff openly). */
  @Get(':year/progress')
  @AnyRole()
  @ApiOperation({
    summary: 'Progress against the year’s target',
    description:
      'Signed amounts in the year of signing, for leads now at signed or later, against the targets, with the ' +
      'amount expected by today at an even pace (序时进度); by track, park and owner. Totals are computed by ' +
      'the worker after each signing (`asOf` says when).',
  })
  @ApiOkResponse({ type: TargetProgressView })
  @ApiProblems(READ_ONE)
  progress(@Param('year', YearParamPipe) year: number): Promise<TargetProgress> {
    return this.targets.progress(year);
  }
}
