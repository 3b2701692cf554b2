import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { LeadResult, ResultsReport, ResultsService } from '@luodi/plans';
import type { User } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiIdParam } from '../docs/api-params';
import { ApiProblems, CHANGE_ONE, READ_ONE, SIGNED_IN } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { PutResultDto, ResultsQueryDto, ResultsReportView, ResultView } from './results.dto';

/** Results after production (投产达效). */
@ApiTags('plans')
@ApiBearerAuth()
@Controller()
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Put('leads/:id/results/:quarter')
  @AnyRole()
  @ApiIdParam('The lead')
  @ApiParam({ name: 'quarter', schema: { type: 'string', pattern: '^\\d{4}-Q[1-4]$', example: '2025-Q1' } })
  @ApiOperation({
    summary: 'Record a quarter’s results (投产达效)',
    description:
      '产值, 税收 and 就业 of a lead in production for a quarter (not a future one); creates or replaces it, ' +
      'audited on the lead. Staff record only their own leads’.',
  })
  @ApiOkResponse({ type: ResultView })
  @ApiProblems(CHANGE_ONE)
  put(
    @Param('id', UuidParamPipe) id: string,
    @Param('quarter') quarter: string,
    @Body() body: PutResultDto,
    @CurrentUser() user: User,
  ): Promise<LeadResult> {
    return this.results.put(id, quarter, body, user);
  }

  @Get('leads/:id/results')
  @AnyRole()
  @ApiIdParam('The lead')
  @ApiOperation({ summary: 'A lead’s results (投产达效)', description: 'Every quarter, the latest first.' })
  @ApiOkResponse({ type: [ResultView] })
  @ApiProblems(READ_ONE)
  forLead(@Param('id', UuidParamPipe) id: string): Promise<LeadResult[]> {
    return this.results.forLead(id);
  }

  @Get('reports/results')
  @AnyRole()
  @ApiTags('reports')
  @ApiOperation({
    summary: 'Results after production (新增产值, 税收, 就业)',
    description:
      'The year’s 产值, 税收 and 就业 of producing leads by quarter (running 产值), track and park, and 新增产值 ' +
      'against the year’s 新增产值目标 with the even pace (序时进度).',
  })
  @ApiOkResponse({ type: ResultsReportView })
  @ApiProblems(SIGNED_IN)
  report(@Query() q: ResultsQueryDto): Promise<ResultsReport> {
    return this.results.report(q);
  }
}
