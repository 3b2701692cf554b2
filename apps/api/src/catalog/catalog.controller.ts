import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CatalogService, Park, Stage, Track } from '@luodi/catalog';
import { AdminOnly, AnyRole } from '../auth/roles.decorator';
import { StageDeadlineDto } from './stage-deadline.dto';

@ApiTags('reference data')
@ApiBearerAuth()
@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('tracks')
  @AnyRole()
  tracks(): Promise<Track[]> {
    return this.catalog.tracks();
  }

  @Get('parks')
  @AnyRole()
  parks(): Promise<Park[]> {
    return this.catalog.parks();
  }

  @Get('stages')
  @AnyRole()
  stages(): Promise<Stage[]> {
    return this.catalog.stages();
  }

  @Put('stages/:code')
  @AdminOnly()
  setDeadline(@Param('code') code: string, @Body() body: StageDeadlineDto): Promise<Stage> {
    return this.catalog.setStageDeadlineDays(code, body.deadlineDays);
  }
}
