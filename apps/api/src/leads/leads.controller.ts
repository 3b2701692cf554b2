import '@fastify/multipart';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { addDays, Clock, Page, startOfDayInZone, ValidationFailedError } from '@luodi/core';
import {
  ImportReport,
  Lead,
  LeadExportService,
  LeadImportService,
  LeadListFilter,
  LeadsService,
} from '@luodi/leads';
import { User } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CreateLeadDto } from './create-lead.dto';
import { ImportQueryDto } from './lead-records.dto';
import { ImportFileView, ImportReportView, LeadPageView, LeadView } from './lead.view';
import { LeadFilterQueryDto, ListLeadsQueryDto } from './list-leads.query.dto';
import { UpdateLeadDto } from './update-lead.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Leads (项目线索): capture, list, read, edit, Excel export and import. */
@ApiTags('leads')
@ApiBearerAuth()
@Controller('leads')
export class LeadsController {
  constructor(
    private readonly leads: LeadsService,
    private readonly exporter: LeadExportService,
    private readonly importer: LeadImportService,
    private readonly clock: Clock,
  ) {}

  // Declared before ':id' so the static path wins.
  @Get('export.xlsx')
  @AnyRole()
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'An Excel workbook with Chinese headers' })
  async export(@Query() query: LeadFilterQueryDto, @CurrentUser() user: User): Promise<StreamableFile> {
    const file = await this.exporter.exportXlsx(toFilter(query, user, this.clock));
    return new StreamableFile(file, {
      type: XLSX,
      disposition: `attachment; filename="leads.xlsx"; filename*=UTF-8''${encodeURIComponent('项目线索.xlsx')}`,
      length: file.length,
    });
  }

  @Post('import')
  @HttpCode(200)
  @AnyRole()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportFileView })
  @ApiOkResponse({ type: ImportReportView })
  async import(
    @Req() req: FastifyRequest,
    @Query() query: ImportQueryDto,
    @CurrentUser() user: User,
  ): Promise<ImportReport> {
    const noFile = new ValidationFailedError([
      { field: 'file', message: 'send a multipart/form-data body with a file field "file"' },
    ]);
    if (!req.isMultipart()) throw noFile;
    const part = await req.file();
    if (!part || part.fieldname !== 'file') throw noFile;
    const buffer = await part.toBuffer(); // over the 20 MiB limit: Fastify's 413, mapped to PAYLOAD_TOO_LARGE
    return this.importer.import(buffer, user, query.dryRun === 'true');
  }

  @Post()
  @AnyRole()
  @ApiCreatedResponse({ type: LeadView })
  async create(
    @Body() body: CreateLeadDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Lead> {
    const lead = await this.leads.create({ ...body }, user);
    void reply.header('Location', `/api/v1/leads/${lead.id}`);
    return lead;
  }

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: LeadPageView })
  list(@Query() query: ListLeadsQueryDto, @CurrentUser() user: User): Promise<Page<Lead>> {
    return this.leads.list(toFilter(query, user, this.clock), query.limit, query.cursor);
  }

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: LeadView })
  get(@Param('id', UuidParamPipe) id: string): Promise<Lead> {
    return this.leads.get(id);
  }

  @Patch(':id')
  @AnyRole()
  @ApiOkResponse({ type: LeadView })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateLeadDto,
    @CurrentUser() user: User,
  ): Promise<Lead> {
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    return this.leads.update(id, { ...patch, version: body.version }, user);
  }
}

/** The list's filters in domain terms: `me` resolved, follow-ups due by the end of today in the zone. */
export function toFilter(q: LeadFilterQueryDto, user: User, clock: Clock): LeadListFilter {
  return {
    stage: q.stage,
    track: q.track,
    park: q.park,
    ownerId: q.ownerId === 'me' ? user.id : q.ownerId?.toLowerCase(),
    leaderId: q.leaderId === 'me' ? user.id : q.leaderId?.toLowerCase(),
    overdue: q.overdue,
    warning: q.warning,
    isProvincialKey: q.isProvincialKey,
    pool: q.pool,
    q: q.q,
    deadlineWithinDays: q.deadlineWithinDays,
    followUpDueBefore:
      q.followUpDue === 'true' ? startOfDayInZone(addDays(clock.today(), 1), clock.timeZone) : undefined,
    sort: q.sort ?? '-createdAt',
  };
}
