import { ApiProperty } from '@nestjs/swagger';
import { OPEN_STAGES, STAGE_CODES } from '@luodi/catalog';

/** OpenAPI shapes of the report responses (the services return plain objects of the same shape). */
const countsByStage = (stages: readonly string[]) => ({
  type: 'object' as const,
  additionalProperties: { type: 'integer' },
  description: `counts keyed by stage: ${stages.join(', ')}`,
});

class FunnelStageView {
  @ApiProperty({ enum: OPEN_STAGES }) stage!: string;
  @ApiProperty({ description: 'leads that ever reached this stage or a later one' }) reached!: number;
  @ApiProperty({ description: '万元: planned investment for `lead`, signed amount from `signed` on' })
  amountWan!: string;
  @ApiProperty({ nullable: true, type: String }) conversionFromPrevious!: string | null;
  @ApiProperty({ nullable: true, type: Number }) medianDaysInStage!: number | null;
}
class FunnelLostView {
  @ApiProperty() count!: number;
  @ApiProperty(countsByStage(OPEN_STAGES)) byStage!: Record<string, number>;
}
export class FunnelReportView {
  @ApiProperty({ nullable: true, type: String }) from!: string | null;
  @ApiProperty({ nullable: true, type: String }) to!: string | null;
  @ApiProperty({ description: 'leads created in the period' }) total!: number;
  @ApiProperty({ type: [FunnelStageView] }) stages!: FunnelStageView[];
  @ApiProperty({ type: FunnelLostView }) lost!: FunnelLostView;
}

class OverdueLeadView {
  @ApiProperty() id!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty() track!: string;
  @ApiProperty({ nullable: true, type: String }) park!: string | null;
  @ApiProperty({ enum: STAGE_CODES }) stage!: string;
  @ApiProperty() stageDeadline!: string;
  @ApiProperty() daysOverdue!: number;
  @ApiProperty({ enum: ['red'] }) warning!: string;
  @ApiProperty() plannedInvestmentWan!: string;
  @ApiProperty({ nullable: true, type: String }) leaderId!: string | null;
}
class OverdueOwnerView {
  @ApiProperty() ownerId!: string;
  @ApiProperty({ nullable: true, type: String }) ownerName!: string | null;
  @ApiProperty() count!: number;
  @ApiProperty() maxDaysOverdue!: number;
  @ApiProperty({ type: [OverdueLeadView], description: 'the most overdue first, at most limitPerOwner' })
  leads!: OverdueLeadView[];
}
export class OverdueReportView {
  @ApiProperty() today!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ type: [OverdueOwnerView] }) owners!: OverdueOwnerView[];
}

class BatchLeadView {
  @ApiProperty() id!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty() track!: string;
  @ApiProperty({ nullable: true, type: String }) park!: string | null;
  @ApiProperty({ enum: STAGE_CODES }) stage!: string;
  @ApiProperty() ownerId!: string;
  @ApiProperty() date!: string;
  @ApiProperty() amountWan!: string;
}
class BatchGroupView {
  @ApiProperty() count!: number;
  @ApiProperty() amountWan!: string;
  @ApiProperty({ type: [BatchLeadView] }) items!: BatchLeadView[];
}
export class BatchesReportView {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: BatchGroupView }) signed!: BatchGroupView;
  @ApiProperty({ type: BatchGroupView }) constructionStarted!: BatchGroupView;
  @ApiProperty({ type: BatchGroupView }) productionStarted!: BatchGroupView;
}

class OwnerPerformanceView {
  @ApiProperty() ownerId!: string;
  @ApiProperty({ nullable: true, type: String }) ownerName!: string | null;
  @ApiProperty({ nullable: true, type: String }) role!: string | null;
  @ApiProperty({ nullable: true, type: Boolean }) active!: boolean | null;
  @ApiProperty(countsByStage(STAGE_CODES)) leadsByStage!: Record<string, number>;
  @ApiProperty() leadCount!: number;
  @ApiProperty() signedWan!: string;
  @ApiProperty() signedCount!: number;
  @ApiProperty({ nullable: true, type: String }) targetWan!: string | null;
  @ApiProperty({ nullable: true, type: String }) ratio!: string | null;
  @ApiProperty() overdueCount!: number;
  @ApiProperty() activitiesCount!: number;
}
export class OwnersReportView {
  @ApiProperty() year!: number;
  @ApiProperty({ type: [OwnerPerformanceView] }) owners!: OwnerPerformanceView[];
}

class KpiValueView {
  @ApiProperty({ description: 'decimal string (a count, or 万元 with 4 fraction digits)' })
  numerator!: string;
  @ApiProperty() denominator!: string;
  @ApiProperty({ nullable: true, type: String }) ratio!: string | null;
}
class KpiSetView {
  @ApiProperty({ type: KpiValueView, description: '当年落地率' }) landingRate!: KpiValueView;
  @ApiProperty({ type: KpiValueView, description: '开工率' }) constructionRate!: KpiValueView;
  @ApiProperty({ type: KpiValueView, description: '资金到位率' }) fundingRate!: KpiValueView;
  @ApiProperty({ type: KpiValueView, description: '投资完成率' }) completionRate!: KpiValueView;
}
class TrackKpiView extends KpiSetView {
  @ApiProperty() track!: string;
}
class ParkKpiView extends KpiSetView {
  @ApiProperty() park!: string;
}
export class KpisReportView {
  @ApiProperty() year!: number;
  @ApiProperty({ type: KpiSetView }) zone!: KpiSetView;
  @ApiProperty({ type: [TrackKpiView] }) byTrack!: TrackKpiView[];
  @ApiProperty({ type: [ParkKpiView] }) byPark!: ParkKpiView[];
}
