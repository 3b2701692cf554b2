import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import { MAX_TARGET_YEAR, MIN_TARGET_YEAR } from '@luodi/targets';
import { wan, wanInput } from '../docs/schema-fragments';
import { IsDefined, IsIn, IsInt, IsOptional, Max, Min } from '../http/validators';
import { IsWan } from '../leads/lead-validators';
import { YardstickView } from '../targets/target.dto';

const COUNT = { type: 'integer', minimum: 0 } as const;

/** `PUT /leads/:id/results/:quarter`. */
export class PutResultDto {
  @ApiProperty(wanInput('产值 in the quarter', { allowZero: true, example: '12000.0000' }))
  @IsDefined()
  @IsWan({ allowZero: true })
  outputWan!: string | number;

  @ApiProperty(wanInput('税收 in the quarter', { allowZero: true, example: '800.0000' }))
  @IsDefined()
  @IsWan({ allowZero: true })
  taxWan!: string | number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 1000000,
    example: 320,
    description: '就业: people employed',
  })
  @IsDefined()
  @IsInt()
  @Min(0)
  @Max(1000000)
  employees!: number;
}

export class ResultsQueryDto {
  @ApiProperty({ type: 'integer', minimum: MIN_TARGET_YEAR, maximum: MAX_TARGET_YEAR, example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(MIN_TARGET_YEAR)
  @Max(MAX_TARGET_YEAR)
  year!: number;

  @ApiPropertyOptional({ enum: TRACK_CODES })
  @IsOptional()
  @IsIn(TRACK_CODES)
  track?: string;

  @ApiPropertyOptional({ enum: PARK_CODES })
  @IsOptional()
  @IsIn(PARK_CODES)
  park?: string;
}

export class ResultView {
  @ApiProperty({ format: 'uuid' }) leadId!: string;
  @ApiProperty({ pattern: '^\\d{4}-Q[1-4]$', example: '2025-Q1' }) quarter!: string;
  @ApiProperty(wan('产值', '12000.0000')) outputWan!: string;
  @ApiProperty(wan('税收', '800.0000')) taxWan!: string;
  @ApiProperty({ ...COUNT, example: 320, description: '就业' }) employees!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) updatedBy!: string | null;
}

class ResultTotalsView {
  @ApiProperty({ ...COUNT, description: 'producing leads with results' }) projects!: number;
  @ApiProperty(wan('产值')) outputWan!: string;
  @ApiProperty(wan('产值 in 亿元', '50.0000')) outputYi!: string;
  @ApiProperty(wan('税收')) taxWan!: string;
  @ApiProperty(wan('税收 in 亿元', '2.0000')) taxYi!: string;
  @ApiProperty({ ...COUNT, description: '就业: each lead’s latest headcount in the period, added up' })
  employees!: number;
}

class QuarterTotalsView extends ResultTotalsView {
  @ApiProperty({ pattern: '^\\d{4}-Q[1-4]$', example: '2025-Q1' }) quarter!: string;
  @ApiProperty(wan('产值 from Q1 to this quarter')) cumulativeOutputWan!: string;
}
class TrackTotalsView extends ResultTotalsView {
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
}
class ParkTotalsView extends ResultTotalsView {
  @ApiProperty({ enum: PARK_CODES, nullable: true, type: String, description: 'null: no park' })
  park!: string | null;
}

export class ResultsReportView extends ResultTotalsView {
  @ApiProperty({ type: 'integer', example: 2025 }) year!: number;
  @ApiProperty({
    type: YardstickView,
    nullable: true,
    description:
      '新增产值 against the year’s target with the even pace; null when no target or a track/park filter',
  })
  newOutput!: YardstickView | null;
  @ApiProperty({ type: [QuarterTotalsView] }) byQuarter!: QuarterTotalsView[];
  @ApiProperty({ type: [TrackTotalsView] }) byTrack!: TrackTotalsView[];
  @ApiProperty({ type: [ParkTotalsView] }) byPark!: ParkTotalsView[];
}
