import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARK_CODES, STAGE_CODES, TRACK_CODES } from '@luodi/catalog';
import { BATCH_LISTS, BatchList } from '@luodi/plans';
import { wan, wanInput, wanOrNull } from '../docs/schema-fragments';
import {
  IsCalendarDate,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from '../http/validators';
import { IsWan } from '../leads/lead-validators';

const COUNT = { type: 'integer', minimum: 0 } as const;

export class CreateBatchEventDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: '全市第四期“三个一批”活动' })
  @IsDefined()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ format: 'date', example: '2024-04-18', description: 'The event’s date (Asia/Shanghai)' })
  @IsDefined()
  @IsCalendarDate()
  date!: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    nullable: true,
    example: 4,
    description: '期数',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  period?: number | null;
}

export class CreateBatchEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsDefined()
  @IsUUID()
  leadId!: string;

  @ApiProperty({
    enum: BATCH_LISTS,
    description: 'signing 签约一批, construction 开工一批, production 投产一批',
  })
  @IsDefined()
  @IsIn(BATCH_LISTS)
  list!: BatchList;

  @ApiPropertyOptional(wanInput('预计年产值', { example: '80000.0000', nullable: true }))
  @IsOptional()
  @IsWan()
  expectedOutputWan?: string | number | null;
}

export class BatchEventView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '全市第四期“三个一批”活动' }) name!: string;
  @ApiProperty({ format: 'date', example: '2024-04-18' }) date!: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 4 }) period!: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class BatchEventSummaryView extends BatchEventView {
  @ApiProperty({ ...COUNT, description: 'nominated leads' }) entries!: number;
  @ApiProperty({ ...COUNT, description: 'of which not at their stage by the event’s date' })
  notReached!: number;
}

class BatchTotalsView {
  @ApiProperty(COUNT) count!: number;
  @ApiProperty(wan('总投资 (the leads’ planned investment)')) totalInvestmentWan!: string;
  @ApiProperty(wan('总投资 in 亿元', '50.0000')) totalInvestmentYi!: string;
  @ApiProperty(wan('预计年产值')) expectedOutputWan!: string;
  @ApiProperty(wan('预计年产值 in 亿元', '8.0000')) expectedOutputYi!: string;
  @ApiProperty({ ...COUNT, description: 'not at their stage by the event’s date' }) notReached!: number;
}

class BatchEntryView {
  @ApiProperty({ format: 'uuid' }) leadId!: string;
  @ApiProperty({ enum: BATCH_LISTS }) list!: string;
  @ApiProperty({ example: '碳化硅衬底项目' }) projectName!: string;
  @ApiProperty({ example: '山西烁科晶体有限公司' }) companyName!: string;
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
  @ApiProperty({ enum: PARK_CODES, type: String, nullable: true }) park!: string | null;
  @ApiProperty({ enum: STAGE_CODES, description: 'the lead’s stage now' }) stage!: string;
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty(wan('总投资')) plannedInvestmentWan!: string;
  @ApiProperty(wanOrNull('预计年产值', '80000.0000')) expectedOutputWan!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) signedAt!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) constructionStartedAt!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) productionStartedAt!: string | null;
  @ApiProperty({
    description: 'reached the list’s stage by the event’s date (Asia/Shanghai) and is still there or further',
  })
  reached!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'when it reached that stage' })
  reachedAt!: string | null;
}

class BatchTrackTotalsView extends BatchTotalsView {
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
}
class BatchParkTotalsView extends BatchTotalsView {
  @ApiProperty({ enum: PARK_CODES, type: String, nullable: true, description: 'null: no park' }) park!:
    string | null;
}

class BatchListView extends BatchTotalsView {
  @ApiProperty({ enum: BATCH_LISTS }) list!: string;
  @ApiProperty({ type: [BatchEntryView] }) entries!: BatchEntryView[];
  @ApiProperty({ type: [BatchTrackTotalsView] }) byTrack!: BatchTrackTotalsView[];
  @ApiProperty({ type: [BatchParkTotalsView] }) byPark!: BatchParkTotalsView[];
}

export class BatchEventDetailView extends BatchEventView {
  @ApiProperty({ type: BatchListView, description: '签约一批' }) signing!: BatchListView;
  @ApiProperty({ type: BatchListView, description: '开工一批' }) construction!: BatchListView;
  @ApiProperty({ type: BatchListView, description: '投产一批' }) production!: BatchListView;
  @ApiProperty({ type: BatchTotalsView, description: 'the three lists together' }) totals!: BatchTotalsView;
}
