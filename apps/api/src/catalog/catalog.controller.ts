import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CatalogService, Park, Stage, STAGE_CODES, Track } from '@luodi/catalog';
import { AdminOnly, AnyRole } from '../auth/roles.decorator';
import { ApiProblems, CHANGE_ONE } from '../http/problem-responses.decorator';
import { ParkView, StageView, TrackView } from './catalog.view';
import { StageDeadlineDto } from './stage-deadline.dto';

@ApiTags('reference data')
@ApiBearerAuth()
@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('tracks')
  @AnyRole()
  @ApiOperation({
    summary: 'The four industry tracks (四条主赛道)',
    description: 'Codes with Chinese and English names.',
  })
  @ApiOkResponse({ type: [TrackView] })
  @ApiProblems('UNAUTHENTICATED')
  tracks(): Promise<Track[]> {
    return this.catalog.tracks();
  }

  @Get('parks')
  @AnyRole()
  @ApiOperation({ summary: 'The parks (园区)', description: 'Codes with Chinese and English names.' })
  @ApiOkResponse({ type: [ParkView] })
  @ApiProblems('UNAUTHENTICATED')
  parks(): Promise<Park[]> {
    return this.catalog.parks();
  }

  @Get('stages')
  @AnyRole()
  @ApiOperation({
    summary: 'The pipeline stages in order',
    description:
      'lead 洽谈 → signed 签约 → landed 落地 → construction 开工建设 → production 投产, and lost 终止.',
  })
  @ApiOkResponse({ type: [StageView] })
  @ApiProblems('UNAUTHENTICATED')
  stages(): Promise<Stage[]> {
    return this.catalog.stages();
  }

  @Put('stages/:code')
  @AdminOnly()
  @ApiOperation({
    summary: 'Set a stage’s default deadline (admin)',
    description:
      'Applies to leads entering the stage from now on; production and lost have no deadline (400).',
  })
  @ApiParam({ name: 'code', schema: { type: 'string', enum: [...STAGE_CODES] }, description: 'The stage' })
  @ApiOkResponse({ type: StageView })
  @ApiProblems(CHANGE_ONE)
  setDeadline(@Param('code') code: string, @Body() body: StageDeadlineDto): Promise<Stage> {
    return this.catalog.setStageDeadlineDays(code, body.deadlineDays);
  }
}
