import { Body, Controller, Get, Param, Post, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import {
  BatchEvent,
  BatchEventDetail,
  BatchEventsService,
  BatchEventSummary,
  batchEventWorkbook,
} from '@luodi/plans';
import type { User } from '@luodi/users';
import { AnyRole, SupervisorOrAdmin } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiIdParam } from '../docs/api-params';
import { ApiProblems, BY_ROLE, CHANGE_ONE, READ_ONE } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import {
  BatchEventDetailView,
  BatchEventSummaryView,
  BatchEventView,
  CreateBatchEntryDto,
  CreateBatchEventDto,
} from './batch-event.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 三个一批 events (活动): supervisors create them and nominate leads; everyone reads them. */
@ApiTags('plans')
@ApiBearerAuth()
@Controller('batch-events')
export class BatchEventsController {
  constructor(private readonly events: BatchEventsService) {}

  @Post()
  @SupervisorOrAdmin()
  @ApiOperation({
    summary: 'Create a 三个一批 event (supervisor, admin)',
    description: 'Name, date and 期数.',
  })
  @ApiCreatedResponse({ type: BatchEventView })
  @ApiProblems(BY_ROLE)
  create(@Body() body: CreateBatchEventDto, @CurrentUser() user: User): Promise<BatchEvent> {
    return this.events.create(body, user);
  }

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'The 三个一批 events', description: 'The latest date first, with counts.' })
  @ApiOkResponse({ type: [BatchEventSummaryView] })
  @ApiProblems('UNAUTHENTICATED')
  list(): Promise<BatchEventSummary[]> {
    return this.events.list();
  }

  @Post(':id/entries')
  @SupervisorOrAdmin()
  @ApiIdParam('The event')
  @ApiOperation({
    summary: 'Nominate a lead to one of the event’s lists (supervisor, admin)',
    description:
      'signing, construction or production, with its 预计年产值. A lead is on one list of an event: nominating ' +
      'it again moves it and replaces its expected output. Returns the event page.',
  })
  @ApiCreatedResponse({ type: BatchEventDetailView })
  @ApiProblems(CHANGE_ONE)
  nominate(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: CreateBatchEntryDto,
    @CurrentUser() user: User,
  ): Promise<BatchEventDetail> {
    return this.events.nominate(id, body, user);
  }

  @Get(':id')
  @AnyRole()
  @ApiIdParam('The event')
  @ApiOperation({
    summary: 'A 三个一批 event',
    description:
      'The three lists with counts, 总投资 and 预计年产值 by track and park, and for each lead whether it had ' +
      'reached the list’s stage by the event’s date (Asia/Shanghai).',
  })
  @ApiOkResponse({ type: BatchEventDetailView })
  @ApiProblems(READ_ONE)
  detail(@Param('id', UuidParamPipe) id: string): Promise<BatchEventDetail> {
    return this.events.detail(id);
  }

  @Get(':id/export.xlsx')
  @AnyRole()
  @ApiIdParam('The event')
  @ApiOperation({
    summary: 'The event’s lists in the province’s format (.xlsx)',
    description:
      'A sheet per list (签约一批, 开工一批, 投产一批): title, Chinese headers, one row per project, 合计.',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'An Excel workbook with Chinese headers',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(READ_ONE)
  async export(@Param('id', UuidParamPipe) id: string): Promise<StreamableFile> {
    const file = await batchEventWorkbook(await this.events.detail(id));
    return new StreamableFile(file, {
      type: XLSX,
      disposition: `attachment; filename="batch-event.xlsx"; filename*=UTF-8''${encodeURIComponent('三个一批项目清单.xlsx')}`,
    });
  }
}
