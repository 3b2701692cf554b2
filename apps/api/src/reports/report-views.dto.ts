import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OPEN_STAGES, PARK_CODES, STAGE_CODES, TRACK_CODES } from '@luodi/catalog';
import { ratioOrNull, wan } from '../docs/schema-fragments';

/** OpenAPI shapes of the report responses (the services return plain objects of the same shape). */
const countsByStage = (stages: readonly string[]) => ({
  type: 'object' as const,
  properties: Object.fromEntries(stages.map((s) => [s, { type: 'integer' as const, minimum: 0 }])),
  required: [...stages],
  additionalProperties: false,
  description: `counts keyed by stage: ${stages.join(', ')}`,
});
const count = (description?: string) => ({
  type: 'integer' as const,
  minimum: 0,
  ...(description ? { description } : {}),
});
const DECIMAL = '^\\d+(\\.\\d+)?$';

class FunnelStageView {
  @ApiProperty({ enum: OPEN_STAGES }) stage!: string;
  @ApiProperty(count('leads that ever reached this stage or a later one')) reached!: number;
  @ApiProperty(wan('planned investment for `lead`, signed amount from `signed` on')) amountWan!: string;
  @ApiProperty(ratioOrNull('reached ÷ reached at the previous stage; null for the first'))
  conversionFromPrevious!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'median whole days spent in the stage' })
  medianDaysInStage!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '75th percentile of the days spent in the stage (interpolated like percentile_cont)',
  })
  p75DaysInStage!: number | null;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    nullable: true,
    description: 'of reached: went on to the next stage (null for the last stage)',
  })
  converted!: number | null;
  @ApiProperty(count('of reached: lost with this as the furthest stage reached')) lost!: number;
  @ApiProperty(count('of reached: still here (furthest stage, not lost); reached = converted + lost + open'))
  open!: number;
  @ApiProperty(ratioOrNull('amountWan ÷ the previous stage’s amountWan; null for the first'))
  conversionByAmount!: string | null;
}
class LostReasonView {
  @ApiProperty({ type: String, nullable: true, description: 'the reason as written; null when none' })
  reason!: string | null;
  @ApiProperty(count()) count!: number;
}
class FunnelLostView {
  @ApiProperty(count()) count!: number;
  @ApiProperty(countsByStage(OPEN_STAGES)) byStage!: Record<string, number>;
  @ApiProperty({ type: [LostReasonView], description: 'the ten most frequent lost reasons, most first' })
  reasons!: LostReasonView[];
}
export class FunnelReportView {
  @ApiProperty({ type: String, format: 'date', nullable: true }) from!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) to!: string | null;
  @ApiProperty(count('leads created in the period')) total!: number;
  @ApiProperty({ type: [FunnelStageView] }) stages!: FunnelStageView[];
  @ApiProperty({ type: FunnelLostView }) lost!: FunnelLostView;
  @ApiProperty({
    enum: OPEN_STAGES,
    nullable: true,
    description: 'the stage where most leads are still open (stall); null when none',
  })
  mostStalledStage!: string | null;
  @ApiProperty({ enum: OPEN_STAGES, nullable: true, description: 'the stage where most leads were lost' })
  mostLostStage!: string | null;
}

class OverdueLeadView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
  @ApiProperty({ enum: PARK_CODES, nullable: true }) park!: string | null;
  @ApiProperty({ enum: STAGE_CODES }) stage!: string;
  @ApiProperty({ format: 'date' }) stageDeadline!: string;
  @ApiProperty(count()) daysOverdue!: number;
  @ApiProperty({ enum: ['red'] }) warning!: string;
  @ApiProperty(wan()) plannedInvestmentWan!: string;
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the owner’s name' }) ownerName!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) leaderId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the 包联领导’s name' }) leaderName!:
    string | null;
}
class OverdueLeaderView {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null: leads without a 包联领导',
  })
  leaderId!: string | null;
  @ApiProperty({ type: String, nullable: true }) leaderName!: string | null;
  @ApiProperty(count()) count!: number;
  @ApiProperty(count()) maxDaysOverdue!: number;
}
class OverdueOwnerView {
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty({ nullable: true, type: String }) ownerName!: string | null;
  @ApiProperty(count()) count!: number;
  @ApiProperty(count()) maxDaysOverdue!: number;
}
export class OverdueReportView {
  @ApiProperty({ format: 'date', description: 'today in Asia/Shanghai' }) today!: string;
  @ApiProperty(count()) count!: number;
  @ApiProperty({
    type: [OverdueOwnerView],
    description: 'every owner with overdue leads in scope, the most overdue leads first',
  })
  owners!: OverdueOwnerView[];
  @ApiProperty({ type: [OverdueLeaderView], description: 'by 包联领导, the longest overdue first' })
  leaders!: OverdueLeaderView[];
  @ApiProperty({
    type: [OverdueLeadView],
    description: 'one page of the overdue leads, the most overdue first; an owner’s own with `ownerId`',
  })
  items!: OverdueLeadView[];
  @ApiProperty({ nullable: true, type: String, description: 'the next page’s `cursor`; null on the last' })
  nextCursor!: string | null;
}

class BatchLeadView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
  @ApiProperty({ enum: PARK_CODES, nullable: true }) park!: string | null;
  @ApiProperty({ enum: STAGE_CODES }) stage!: string;
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty(wan('signed amount, or planned investment when not signed')) amountWan!: string;
}
class BatchGroupView {
  @ApiProperty(count()) count!: number;
  @ApiProperty(wan()) amountWan!: string;
  @ApiPropertyOptional({
    type: [BatchLeadView],
    description: 'The leads, by date then company name; absent with `summary=true`',
  })
  items?: BatchLeadView[];
}
export class BatchesReportView {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: BatchGroupView, description: '签约' }) signed!: BatchGroupView;
  @ApiProperty({ type: BatchGroupView, description: '开工' }) constructionStarted!: BatchGroupView;
  @ApiProperty({ type: BatchGroupView, description: '投产' }) productionStarted!: BatchGroupView;
}

class OwnerPerformanceView {
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty({ nullable: true, type: String }) ownerName!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['staff', 'supervisor', 'admin'] })
  role!: string | null;
  @ApiProperty({ nullable: true, type: Boolean }) active!: boolean | null;
  @ApiProperty(countsByStage(STAGE_CODES)) leadsByStage!: Record<string, number>;
  @ApiProperty(count()) leadCount!: number;
  @ApiProperty(wan()) signedWan!: string;
  @ApiProperty(count()) signedCount!: number;
  @ApiProperty({ ...wan(), nullable: true }) targetWan!: string | null;
  @ApiProperty(ratioOrNull('signed ÷ target')) ratio!: string | null;
  @ApiProperty(count()) overdueCount!: number;
  @ApiProperty(count()) activitiesCount!: number;
}
export class OwnersReportView {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: [OwnerPerformanceView] }) owners!: OwnerPerformanceView[];
}

class KpiValueView {
  @ApiProperty({
    pattern: DECIMAL,
    description: 'decimal string (a count, or 万元 with 4 fraction digits)',
    example: '12',
  })
  numerator!: string;
  @ApiProperty({ pattern: DECIMAL, example: '20' }) denominator!: string;
  @ApiProperty(ratioOrNull('numerator ÷ denominator; null when the denominator is 0')) ratio!: string | null;
}
class KpiSetView {
  @ApiProperty({ type: KpiValueView, description: '当年落地率' }) landingRate!: KpiValueView;
  @ApiProperty({ type: KpiValueView, description: '开工率' }) constructionRate!: KpiValueView;
  @ApiProperty({
    type: KpiValueView,
    description:
      '投产率: of the leads that started construction in the year (now at construction or production), those now in production',
  })
  productionRate!: KpiValueView;
  @ApiProperty({ type: KpiValueView, description: '资金到位率' }) fundingRate!: KpiValueView;
  @ApiProperty({ type: KpiValueView, description: '投资完成率' }) completionRate!: KpiValueView;
}
class TrackKpiView extends KpiSetView {
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
}
class ParkKpiView extends KpiSetView {
  @ApiProperty({ enum: PARK_CODES }) park!: string;
}
export class KpisReportView {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: KpiSetView }) zone!: KpiSetView;
  @ApiProperty({ type: [TrackKpiView] }) byTrack!: TrackKpiView[];
  @ApiProperty({ type: [ParkKpiView] }) byPark!: ParkKpiView[];
}

class SigningMonthView {
  @ApiProperty({ pattern: '^\\d{4}-\\d{2}$', example: '2024-03' }) month!: string;
  @ApiProperty(wan('signed in the month')) signedWan!: string;
  @ApiProperty(count()) count!: number;
  @ApiProperty(wan('signed from January to the end of the month')) cumulativeWan!: string;
}
export class SigningsReportView {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty(wan('已签约 in the year (the targets’ counting rule)')) signedWan!: string;
  @ApiProperty(count()) count!: number;
  @ApiProperty({ type: [SigningMonthView], description: 'all twelve months, January first' })
  months!: SigningMonthView[];
}
