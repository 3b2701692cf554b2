import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  BatchesReport,
  BatchTotal,
  FunnelReport,
  KpisReport,
  OverdueReport,
  OwnersReport,
  ReportsService,
  SigningsReport,
} from '@luodi/reports';
import { resolveMe, type User } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiProblems, BY_ROLE } from '../http/problem-responses.decorator';
import { BatchesQueryDto, FunnelQueryDto, OverdueQueryDto, YearQueryDto } from './report-query.dto';
import {
  BatchesReportView,
  FunnelReportView,
  KpisReportView,
  OverdueReportView,
  OwnersReportView,
  SigningsReportView,
} from './report-views.dto';

/**
 * Reports: any signed-in user may call them, but the service lets staff see only their own (`ownerId=me`),
 * answering 403 for the zone or anyone else's; supervisors and admins see any scope.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('funnel')
  @AnyRole()
  @ApiOperation({
    summary: 'The conversion funnel',
    description:
      'For leads created in [from, to]: per stage how many reached it, the amount, the conversion from the previous stage and the median days spent in it; and the leads lost, by stage. Staff get only their own, with `ownerId=me`.',
  })
  @ApiOkResponse({ type: FunnelReportView })
  @ApiProblems(BY_ROLE)
  funnel(@Query() q: FunnelQueryDto, @CurrentUser() user: User): Promise<FunnelReport> {
    return this.reports.funnel({ ...q, ownerId: this.reports.ownerScopeFor(user, q.ownerId) });
  }

  @Get('overdue')
  @AnyRole()
  @ApiOperation({
    summary: 'Overdue leads by owner',
    description:
      'Open leads past their stage deadline (Asia/Shanghai): how many and the longest overdue per owner and per 包联领导 (all of them), and the leads themselves a page at a time (`limit`, `cursor`), the most overdue first; one owner’s leads with `ownerId`. Staff get only their own, with `ownerId=me`.',
  })
  @ApiOkResponse({ type: OverdueReportView })
  @ApiProblems(BY_ROLE)
  overdue(@Query() q: OverdueQueryDto, @CurrentUser() user: User): Promise<OverdueReport> {
    return this.reports.overdue({
      ...q,
      ownerId: this.reports.ownerScopeFor(user, q.ownerId),
      leaderId: resolveMe(q.leaderId, user),
    });
  }

  @Get('batches')
  @AnyRole()
  @ApiOperation({
    summary: '三个一批: signed, construction started, production started',
    description:
      'The leads that signed, started construction or started production in [from, to], with counts and amounts; `summary=true` gives the counts and amounts without the leads. Staff get only their own, with `ownerId=me`.',
  })
  @ApiOkResponse({ type: BatchesReportView })
  @ApiProblems(BY_ROLE)
  batches(
    @Query() q: BatchesQueryDto,
    @CurrentUser() user: User,
  ): Promise<BatchesReport | BatchesReport<BatchTotal>> {
    const { summary, ...period } = q;
    const scope = { ...period, ownerId: this.reports.ownerScopeFor(user, q.ownerId) };
    return summary ? this.reports.batchesSummary(scope) : this.reports.batches(scope);
  }

  @Get('owners')
  @AnyRole()
  @ApiOperation({
    summary: 'Owners’ performance (绩效)',
    description:
      'Per owner for the year: leads by stage, signed amount against their target, overdue and activity counts. Staff get only their own, with `ownerId=me`.',
  })
  @ApiOkResponse({ type: OwnersReportView })
  @ApiProblems(BY_ROLE)
  owners(@Query() q: YearQueryDto, @CurrentUser() user: User): Promise<OwnersReport> {
    return this.reports.owners({ ...q, ownerId: this.reports.ownerScopeFor(user, q.ownerId) });
  }

  @Get('kpis')
  @AnyRole()
  @ApiOperation({
    summary: 'Landing KPIs (落地率, 开工率, 投产率, 资金到位率, 投资完成率)',
    description:
      'The zone’s KPIs for the year, each with numerator and denominator, by track and park too. Staff get only their own, with `ownerId=me`.',
  })
  @ApiOkResponse({ type: KpisReportView })
  @ApiProblems(BY_ROLE)
  kpis(@Query() q: YearQueryDto, @CurrentUser() user: User): Promise<KpisReport> {
    return this.reports.kpis({ ...q, ownerId: this.reports.ownerScopeFor(user, q.ownerId) });
  }

  @Get('signings')
  @AnyRole()
  @ApiOperation({
    summary: 'Signed amounts by month (签约月度累计)',
    description:
      'The year’s signed amount by month of the first signing, with running totals, by the targets’ counting rule (December’s running total is the year’s 已签约). Staff get only their own, with `ownerId=me`.',
  })
  @ApiOkResponse({ type: SigningsReportView })
  @ApiProblems(BY_ROLE)
  signings(@Query() q: YearQueryDto, @CurrentUser() user: User): Promise<SigningsReport> {
    return this.reports.signings({ ...q, ownerId: this.reports.ownerScopeFor(user, q.ownerId) });
  }
}
