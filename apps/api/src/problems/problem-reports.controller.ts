import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import {
  PROBLEM_CATEGORIES,
  ProblemReportsService,
  ProblemsReport,
  SupervisionsReport,
} from '@luodi/problems';
import { SupervisorOrAdmin } from '../auth/roles.decorator';
import { IsCalendarDate, IsIn, IsOptional } from '../http/validators';
import { ApiProblems, BY_ROLE } from '../http/problem-responses.decorator';

export class ProblemReportQueryDto {
  @ApiProperty({ format: 'date', description: 'From this zone date, inclusive', example: '2024-01-01' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ format: 'date', description: 'Up to this zone date, inclusive', example: '2024-12-31' })
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional({ enum: TRACK_CODES, description: 'Problems of leads on this track' })
  @IsOptional()
  @IsIn(TRACK_CODES)
  track?: string;

  @ApiPropertyOptional({ enum: PARK_CODES, description: 'Problems of leads in this park' })
  @IsOptional()
  @IsIn(PARK_CODES)
  park?: string;
}

export class SupervisionReportQueryDto {
  @ApiProperty({
    format: 'date',
    description: 'Orders issued from this zone date, inclusive',
    example: '2024-01-01',
  })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ format: 'date', description: 'Up to this zone date, inclusive', example: '2024-12-31' })
  @IsCalendarDate()
  to!: string;
}

class ProblemFiguresView {
  @ApiProperty({ type: 'integer', description: 'Raised in the period' }) opened!: number;
  @ApiProperty({ type: 'integer', description: 'Resolved in the period' }) resolved!: number;
  @ApiProperty({ type: 'integer', description: 'Not resolved on `asOf`' }) open!: number;
  @ApiProperty({ type: 'integer', description: 'Of the open ones, past due on `asOf`' }) overdue!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median days from raised to resolved of those resolved in the period (percentile_cont)',
    example: 6.5,
  })
  medianDaysToResolve!: number | null;
}

class ProblemCategoryFiguresView extends ProblemFiguresView {
  @ApiProperty({ enum: PROBLEM_CATEGORIES }) category!: string;
  @ApiProperty({ example: '用地' }) nameZh!: string;
}

class ProblemDepartmentFiguresView extends ProblemFiguresView {
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty({ example: '区自然资源局' }) name!: string;
}

class ProblemsReportView {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({
    format: 'date',
    description: 'The date open and overdue are judged on: `to`, or today if earlier',
  })
  asOf!: string;
  @ApiProperty({ type: ProblemFiguresView }) total!: ProblemFiguresView;
  @ApiProperty({ type: [ProblemCategoryFiguresView], description: 'Every category, in the list’s order' })
  byCategory!: ProblemCategoryFiguresView[];
  @ApiProperty({ type: [ProblemDepartmentFiguresView], description: 'Every department, by name' })
  byDepartment!: ProblemDepartmentFiguresView[];
}

class SupervisionFiguresView {
  @ApiProperty({ type: 'integer', description: 'Orders issued in the period' }) issued!: number;
  @ApiProperty({ type: 'integer', description: 'Acknowledged on or before the due date' })
  acknowledgedOnTime!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Reported done (latest done report) on or before the due date',
  })
  doneOnTime!: number;
  @ApiProperty({ type: 'integer', description: 'Past due today and not reported done nor closed' })
  overdue!: number;
}

class SupervisionAssigneeFiguresView extends SupervisionFiguresView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: '李强' }) name!: string;
}

class SupervisionsReportView {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: SupervisionFiguresView, description: 'Per order and assignee, summed' })
  total!: SupervisionFiguresView;
  @ApiProperty({ type: [SupervisionAssigneeFiguresView] }) byAssignee!: SupervisionAssigneeFiguresView[];
}

/** 问题 and 督办 reports (supervisors and admins). */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ProblemReportsController {
  constructor(private readonly reports: ProblemReportsService) {}

  @Get('problems')
  @SupervisorOrAdmin()
  @ApiOperation({
    summary: 'Problems by category and by department (supervisor, admin)',
    description:
      'For [from, to] (zone dates): opened and resolved in the period, open and overdue on `asOf`, and the median days to resolve. `track` and `park` are the lead’s.',
  })
  @ApiOkResponse({ type: ProblemsReportView })
  @ApiProblems(BY_ROLE)
  problems(@Query() q: ProblemReportQueryDto): Promise<ProblemsReport> {
    return this.reports.problems(q);
  }

  @Get('supervisions')
  @SupervisorOrAdmin()
  @ApiOperation({
    summary: '督办 by assignee (supervisor, admin)',
    description:
      'For orders issued in [from, to]: issued, acknowledged on time, done on time and overdue, per assignee.',
  })
  @ApiOkResponse({ type: SupervisionsReportView })
  @ApiProblems(BY_ROLE)
  supervisions(@Query() q: SupervisionReportQueryDto): Promise<SupervisionsReport> {
    return this.reports.supervisions(q);
  }
}
