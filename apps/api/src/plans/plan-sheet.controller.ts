import { Controller, Get, HttpCode, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { tr, ValidationFailedError } from '@luodi/core';
import { PlanImportReport, PlansExcelService } from '@luodi/plans';
import type { User } from '@luodi/users';
import { AnyRole, SupervisorOrAdmin } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiProblems, BY_ROLE, SIGNED_IN } from '../http/problem-responses.decorator';
import { readUpload } from '../leads/leads.controller';
import { ImportQueryDto } from '../leads/lead-records.dto';
import { ImportErrorView, ImportFileView } from '../leads/lead.view';
import { YearParamPipe } from '../targets/year-param.pipe';
import { PlanListQueryDto } from './plan.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

class PlanImportReportView {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'plans created or replaced' }) updated!: number;
  @ApiProperty({ type: [ImportErrorView] }) errors!: ImportErrorView[];
}

/** Annual plans to and from Excel, one row per project and year (the 发改 office's sheet). */
@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlanSheetController {
  constructor(private readonly excel: PlansExcelService) {}

  @Get(':year/export.xlsx')
  @AnyRole()
  @ApiParam({ name: 'year', schema: { type: 'integer', minimum: 2000, maximum: 2100, example: 2024 } })
  @ApiOperation({
    summary: 'The year’s plans as an Excel sheet',
    description:
      'One row per project and year, Chinese headers (项目编号 … 省级重点工程); the list’s filters apply.',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'An Excel workbook',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(SIGNED_IN)
  async export(
    @Param('year', YearParamPipe) year: number,
    @Query() q: PlanListQueryDto,
    @CurrentUser() user: User,
  ): Promise<StreamableFile> {
    const file = await this.excel.export({ ...q, year, ownerId: q.ownerId === 'me' ? user.id : q.ownerId });
    return new StreamableFile(file, {
      type: XLSX,
      disposition: `attachment; filename="plans-${year}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${year}年度计划.xlsx`)}`,
    });
  }

  @Post('import')
  @HttpCode(200)
  @SupervisorOrAdmin()
  @ApiOperation({
    summary: 'Import plans from the office’s sheet (supervisor, admin)',
    description:
      'The export’s headers (or the API’s field names); each row creates or replaces that project’s plan for ' +
      'its year. Valid rows are written, bad rows reported, none half-written; `dryRun=true` only checks.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportFileView })
  @ApiOkResponse({ type: PlanImportReportView })
  @ApiProblems(BY_ROLE, 'PAYLOAD_TOO_LARGE')
  async import(
    @Req() req: FastifyRequest,
    @Query() query: ImportQueryDto,
    @CurrentUser() user: User,
  ): Promise<PlanImportReport> {
    const noFile = new ValidationFailedError([
      {
        field: 'file',
        message: tr(
          '请以 multipart/form-data 上传文件，字段名为 file',
          'send a multipart body with a file field "file"',
        ),
      },
    ]);
    if (!req.isMultipart()) throw noFile;
    return this.excel.import(await readUpload(req, noFile), user, query.dryRun === 'true');
  }
}
