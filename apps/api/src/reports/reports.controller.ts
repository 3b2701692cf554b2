import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  BatchesReport,
  FunnelReport,
  KpisReport,
  OverdueReport,
  OwnersReport,
  ReportsService,
} from '@luodi/reports';
import type { User } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { FunnelQueryDto, OverdueQueryDto, PeriodQueryDto, YearQueryDto } from './report-query.dto';
import {
  BatchesReportView,
  FunnelReportView,
  KpisReportView,
  OverdueReportView,
  OwnersReportView,
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
  @ApiOkResponse({ type: FunnelReportView })
  funnel(@Query() q: FunnelQueryDto, @CurrentUser() user: User): Promise<FunnelReport> {
    return this.reports.funnel({ ...q, ownerId: this.reports.ownerScopeFor(user, q.ownerId) });
  }

  @Get('overdue')
  @AnyRole()
  @ApiOkResponse({ type: OverdueReportView })
  overdue(@Query() q: OverdueQueryDto, @CurrentUser() user: User): Promise<OverdueReport> {
    return this.reports.overdue({ ...q, ownerId: this.reports.ownerScopeFor(user, q.ownerId) });
  }

  @Get('batches')
  @AnyRole()
  @ApiOkResponse({ type: BatchesReportView })
  batches(@Query() q: PeriodQueryDto, @CurrentUser() user: User): Promise<BatchesReport> {
    return this.reports.batches({ ...q, ownerId: this.reports.ownerScopeFor(user, q.ownerId) });
  }

  @Get('owners')
  @AnyRole()
  @ApiOkResponse({ type: OwnersReportView })
  owners(@Query() q: YearQueryDto, @CurrentUser() user: User): Promise<OwnersReport> {
    return this.reports.owners({ ...q, ownerId: this.reports.ownerScopeFor(user, q.ownerId) });
  }

  @Get('kpis')
  @AnyRole()
  @ApiOkResponse({ type: KpisReportView })
  kpis(@Query() q: YearQueryDto, @CurrentUser() user: User): Promise<KpisReport> {
    return this.reports.kpis({ ...q, ownerId: this.reports.ownerScopeFor(user, q.ownerId) });
  }
}
