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
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { addDays, Clock, Page, startOfDayInZone, tr, ValidationFailedError } from '@luodi/core';
import {
  ImportReport,
  Lead,
  LeadExportService,
  LeadImportService,
  LeadListFilter,
  LeadsService,
} from '@luodi/leads';
import { resolveMe, User } from '@luodi/users';
import { CompanyLeadsService, SimilarCompany } from '@luodi/companies';
import { AnyRole } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiIdParam } from '../docs/api-params';
import { ApiProblems, BY_ROLE, CHANGE_ONE, READ_ONE, SIGNED_IN } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CreateLeadDto } from './create-lead.dto';
import { ImportQueryDto } from './lead-records.dto';
import { CreatedLeadView, ImportFileView, ImportReportView, LeadPageView, LeadView } from './lead.view';
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
    private readonly companyLeads: CompanyLeadsService,
  ) {}

  // Declared before ':id' so the static path wins.
  @Get('export.xlsx')
  @AnyRole()
  @ApiOperation({
    summary: 'Export leads to Excel',
    description:
      'The leads the list filters select, as an .xlsx workbook with Chinese headers, amounts as numbers in ' +
      '万元 and dates as dates (项目线索.xlsx). The workbook is streamed as it is written (no Content-Length); ' +
      'one export per user runs at a time, another is refused with 429 and `Retry-After` until it has downloaded.',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'An Excel workbook with Chinese headers',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(SIGNED_IN, 'RATE_LIMITED')
  async export(@Query() query: LeadFilterQueryDto, @CurrentUser() user: User): Promise<StreamableFile> {
    const file = await this.exporter.exportXlsx(toFilter(query, user, this.clock), user.id);
    return new StreamableFile(file, {
      type: XLSX,
      disposition: `attachment; filename="leads.xlsx"; filename*=UTF-8''${encodeURIComponent('项目线索.xlsx')}`,
    });
  }

  @Post('import')
  @HttpCode(200)
  @AnyRole()
  @ApiOperation({
    summary: 'Import leads from .xlsx or .csv',
    description:
      'A header row with the export’s Chinese headers or the API’s field names; track, park and source as ' +
      'codes or Chinese names. Valid rows are created (owned by the caller), every bad row and duplicate is ' +
      'reported, none half-written. `dryRun=true` checks without writing. At most 20 MiB.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportFileView })
  @ApiOkResponse({ type: ImportReportView })
  @ApiProblems(SIGNED_IN, 'PAYLOAD_TOO_LARGE')
  async import(
    @Req() req: FastifyRequest,
    @Query() query: ImportQueryDto,
    @CurrentUser() user: User,
  ): Promise<ImportReport> {
    const noFile = new ValidationFailedError([
      {
        field: 'file',
        message: tr(
          '请以 multipart/form-data 上传文件，字段名为 file',
          'send a multipart/form-data body with a file field "file"',
        ),
      },
    ]);
    if (!req.isMultipart()) throw noFile;
    const buffer = await readUpload(req, noFile);
    return this.importer.import(buffer, user, query.dryRun === 'true');
  }

  @Post()
  @AnyRole()
  @ApiOperation({
    summary: 'Capture a lead (项目线索)',
    description:
      'The owner is the caller unless a supervisor names one. A second open lead for the same company and ' +
      'project is a 409 with `existingLeadId`. With `companyId` the lead is the company’s; else its company is ' +
      'found by credit code or normalised name, or created; when it was created (a firm new to the register), ' +
      '`similarCompanies` names registered firms that look alike.',
  })
  @ApiCreatedResponse({
    type: CreatedLeadView,
    headers: {
      Location: {
        description: 'The new lead',
        schema: { type: 'string', example: '/api/v1/leads/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11' },
      },
    },
  })
  @ApiProblems(BY_ROLE, 'DUPLICATE_LEAD')
  async create(
    @Body() body: CreateLeadDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Lead & { similarCompanies?: SimilarCompany[] }> {
    const { lead, similarCompanies } = await this.companyLeads.create({ ...body }, user);
    void reply.header('Location', `/api/v1/leads/${lead.id}`);
    return similarCompanies.length > 0 ? { ...lead, similarCompanies } : lead;
  }

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'List leads',
    description: 'Filtered, sorted and cursor-paged. Every signed-in user may read every lead.',
  })
  @ApiOkResponse({ type: LeadPageView })
  @ApiProblems(SIGNED_IN)
  list(@Query() query: ListLeadsQueryDto, @CurrentUser() user: User): Promise<Page<Lead>> {
    return this.leads.list(toFilter(query, user, this.clock), query.limit, query.cursor);
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({
    summary: 'Read a lead',
    description: 'With its approvals, deadline, 三色预警 and version.',
  })
  @ApiIdParam('The lead')
  @ApiOkResponse({ type: LeadView })
  @ApiProblems(READ_ONE)
  get(@Param('id', UuidParamPipe) id: string): Promise<Lead> {
    return this.leads.get(id);
  }

  @Patch(':id')
  @AnyRole()
  @ApiOperation({
    summary: 'Edit a lead',
    description:
      'Present fields change, `null` clears an optional one; `version` must be the current one (else 409). ' +
      'Staff change only their own leads; `ownerId`, `leaderId` and `stageDeadline` only supervisors. The ' +
      'stage and its dates change only by a transition.',
  })
  @ApiIdParam('The lead')
  @ApiOkResponse({ type: LeadView })
  @ApiProblems(CHANGE_ONE, 'DUPLICATE_LEAD', 'VERSION_CONFLICT')
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateLeadDto,
    @CurrentUser() user: User,
  ): Promise<Lead> {
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    return this.companyLeads.update(id, { ...patch, version: body.version }, user);
  }
}

/**
 * The uploaded `file` part. Over the 20 MiB limit it is Fastify's 413 (PAYLOAD_TOO_LARGE); a body that ends
 * before its closing boundary, or is not multipart at all, is a 400 on `file`, not the parser's own error.
 */
export async function readUpload(req: FastifyRequest, noFile: ValidationFailedError): Promise<Buffer> {
  try {
    const part = await req.file();
    if (!part || part.fieldname !== 'file') throw noFile;
    return await part.toBuffer();
  } catch (err) {
    const status = (err as { statusCode?: unknown }).statusCode;
    if (err instanceof ValidationFailedError || (typeof status === 'number' && status === 413)) throw err;
    throw new ValidationFailedError([
      {
        field: 'file',
        message: tr('上传内容不完整或格式有误', 'the multipart body is truncated or malformed'),
      },
    ]);
  }
}

/**
 * The list's filters in domain terms: `me` resolved, follow-ups due by the end of today in the zone, creation
 * dates as the instants their zone days start. A period ending before it starts is a 400.
 */
export function toFilter(q: LeadFilterQueryDto, user: User, clock: Clock): LeadListFilter {
  const errors = [
    ...periodErrors(q.createdFrom, q.createdTo, 'createdTo'),
    ...periodErrors(q.signedFrom, q.signedTo, 'signedTo'),
    ...drillErrors(q),
  ];
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return {
    stage: q.stage,
    track: q.track,
    park: q.park,
    ownerId: resolveMe(q.ownerId, user),
    leaderId: resolveMe(q.leaderId, user),
    overdue: q.overdue,
    warning: q.warning,
    isProvincialKey: q.isProvincialKey,
    pool: q.pool,
    q: q.q,
    deadlineWithinDays: q.deadlineWithinDays,
    followUpDueBefore:
      q.followUpDue === 'true' ? startOfDayInZone(addDays(clock.today(), 1), clock.timeZone) : undefined,
    reached: q.reached,
    createdFrom: q.createdFrom ? startOfDayInZone(q.createdFrom, clock.timeZone) : undefined,
    createdBefore: q.createdTo ? startOfDayInZone(addDays(q.createdTo, 1), clock.timeZone) : undefined,
    signedFrom: q.signedFrom,
    signedTo: q.signedTo,
    batch: q.batch,
    batchFrom: q.batchFrom,
    batchTo: q.batchTo,
    lostReason: q.lostReason,
    lostReasonMissing: q.lostReasonMissing === 'true' || undefined,
    sort: q.sort ?? '-createdAt',
  };
}

/** A 三个一批 period needs its `batch` and runs forwards; a lost reason needs some text. */
function drillErrors(q: LeadFilterQueryDto) {
  const errors = periodErrors(q.batchFrom, q.batchTo, 'batchTo');
  if (!q.batch && (q.batchFrom || q.batchTo))
    errors.push({
      field: q.batchFrom ? 'batchFrom' : 'batchTo',
      message: tr('须与 batch 一起使用', 'needs batch'),
    });
  if (q.lostReason !== undefined && q.lostReason.trim() === '')
    errors.push({ field: 'lostReason', message: tr('不能为空', 'must not be empty') });
  return errors;
}

function periodErrors(from: string | undefined, to: string | undefined, field: string) {
  return from && to && from > to
    ? [{ field, message: tr('不能早于开始日期', 'must not be before the start date') }]
    : [];
}
