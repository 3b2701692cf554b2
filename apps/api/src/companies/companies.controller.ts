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
import { tr, ValidationFailedError, type Page } from '@luodi/core';
import {
  CompaniesService,
  Company,
  CompanyContact,
  CompanyDetail,
  CompanyImportReport,
  CompanySheetService,
  SimilarCompany,
} from '@luodi/companies';
import { User } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiIdParam } from '../docs/api-params';
import { ApiProblems, READ_ONE, SIGNED_IN } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { readUpload } from '../leads/leads.controller';
import { ImportQueryDto } from '../leads/lead-records.dto';
import { ImportFileView, ImportReportView } from '../leads/lead.view';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
import {
  CreateCompanyDto,
  CreateContactDto,
  ListCompaniesQueryDto,
  SimilarCompaniesQueryDto,
  UpdateCompanyDto,
} from './company.dto';
import {
  CompanyDetailView,
  CompanyPageView,
  CompanyView,
  ContactView,
  SimilarCompanyView,
} from './company.view';

/** 企业库: every signed-in user registers and edits the firms they work with (a shared register). */
@ApiTags('companies')
@ApiBearerAuth()
@Controller('companies')
export class CompaniesController {
  constructor(
    private readonly companies: CompaniesService,
    private readonly sheets: CompanySheetService,
  ) {}

  @Post()
  @AnyRole()
  @ApiOperation({
    summary: 'Register a company (企业库)',
    description:
      'One company per credit code, and per normalised name without one (409 DUPLICATE_COMPANY with ' +
      '`existingCompanyId`).',
  })
  @ApiCreatedResponse({
    type: CompanyView,
    headers: {
      Location: {
        description: 'The new company',
        schema: { type: 'string', example: '/api/v1/companies/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11' },
      },
    },
  })
  @ApiProblems(SIGNED_IN, 'DUPLICATE_COMPANY')
  async create(
    @Body() body: CreateCompanyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Company> {
    const company = await this.companies.create(body);
    void reply.header('Location', `/api/v1/companies/${company.id}`);
    return company;
  }

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'List companies',
    description: 'By `q` (name, alias or credit code), ownership, tag.',
  })
  @ApiOkResponse({ type: CompanyPageView })
  @ApiProblems(SIGNED_IN)
  list(@Query() query: ListCompaniesQueryDto): Promise<Page<Company>> {
    return this.companies.list(query, query.limit, query.cursor);
  }

  // Declared before ':id' so the static paths win.
  @Get('export.xlsx')
  @AnyRole()
  @ApiOperation({
    summary: 'Export companies to Excel',
    description:
      'The companies the list filters select, as an .xlsx workbook with Chinese headers (企业库.xlsx).',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'An Excel workbook with Chinese headers',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(SIGNED_IN)
  async export(@Query() query: ListCompaniesQueryDto): Promise<StreamableFile> {
    return new StreamableFile(await this.sheets.exportXlsx(query), {
      type: XLSX,
      disposition: `attachment; filename="companies.xlsx"; filename*=UTF-8''${encodeURIComponent('企业库.xlsx')}`,
    });
  }

  @Post('import')
  @HttpCode(200)
  @AnyRole()
  @ApiOperation({
    summary: 'Import companies from .xlsx or .csv',
    description:
      'A header row with the export’s Chinese headers or the API’s field names; ownership and tags as codes or ' +
      'Chinese names, aliases and tags separated by 、. Firms already registered are reported, not changed. ' +
      '`dryRun=true` checks without writing. At most 20 MiB.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportFileView })
  @ApiOkResponse({ type: ImportReportView })
  @ApiProblems(SIGNED_IN, 'PAYLOAD_TOO_LARGE')
  async import(@Req() req: FastifyRequest, @Query() query: ImportQueryDto): Promise<CompanyImportReport> {
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
    return this.sheets.import(await readUpload(req, noFile), query.dryRun === 'true');
  }

  @Get('similar')
  @AnyRole()
  @ApiOperation({
    summary: 'Companies that look like the same firm',
    description:
      'By trigram similarity of the normalised names and aliases (region prefixes, legal-form suffixes, width ' +
      'and case ignored), best first, at most 10; `[]` when none.',
  })
  @ApiOkResponse({ type: [SimilarCompanyView] })
  @ApiProblems(SIGNED_IN)
  similar(@Query() query: SimilarCompaniesQueryDto): Promise<SimilarCompany[]> {
    return this.companies.similar(query.name);
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({
    summary: 'A company page',
    description:
      'The company with its projects (stages, amounts), contacts, activities across projects and totals.',
  })
  @ApiIdParam('The company')
  @ApiOkResponse({ type: CompanyDetailView })
  @ApiProblems(READ_ONE)
  get(@Param('id', UuidParamPipe) id: string): Promise<CompanyDetail> {
    return this.companies.detail(id);
  }

  @Patch(':id')
  @AnyRole()
  @ApiOperation({
    summary: 'Edit a company',
    description: 'Present fields change, `null` clears an optional one; `version` must be the current one.',
  })
  @ApiIdParam('The company')
  @ApiOkResponse({ type: CompanyView })
  @ApiProblems(READ_ONE, 'DUPLICATE_COMPANY', 'VERSION_CONFLICT')
  update(@Param('id', UuidParamPipe) id: string, @Body() body: UpdateCompanyDto): Promise<Company> {
    return this.companies.update(id, body);
  }

  @Post(':id/contacts')
  @AnyRole()
  @ApiOperation({
    summary: 'Add a contact to a company',
    description: 'A person at the firm (name, title, phone, email); listed on the company page.',
  })
  @ApiIdParam('The company')
  @ApiCreatedResponse({ type: ContactView })
  @ApiProblems(READ_ONE)
  addContact(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: CreateContactDto,
    @CurrentUser() user: User,
  ): Promise<CompanyContact> {
    return this.companies.addContact(id, body, user.id);
  }
}
