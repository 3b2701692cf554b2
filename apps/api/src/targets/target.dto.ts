import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import { ratioOrNull, wan, wanInput, wanOrNull } from '../docs/schema-fragments';
import { IsDefined, IsObject, IsOptional } from '../http/validators';

const wanMap = (keys: string, example?: Record<string, string>) => ({
  type: 'object' as const,
  additionalProperties: wanInput('').oneOf[0],
  description: `Targets per ${keys}, 万元: decimal strings or JSON numbers, > 0, <= 100000000, at most 4 fraction digits`,
  ...(example ? { example } : {}),
});
const wanMapOut = (keys: string, example: Record<string, string>) => ({
  type: 'object' as const,
  additionalProperties: { type: 'string' as const, pattern: '^\\d+\\.\\d{4}$' },
  description: `Targets per ${keys}, 万元`,
  example,
});

/**
 * `PUT /targets/:year`. Amounts and breakdown keys (track and park codes, user ids) are checked by the
 * service with the money rules, every bad entry named as `byTrack.<code>` etc.
 */
export class PutTargetDto {
  @ApiProperty(wanInput('The zone’s signed-amount target for the year', { example: '6000000.0000' }))
  @IsDefined()
  signedAmountWan!: unknown;

  @ApiPropertyOptional(wanMap('track code', { new_energy: '2000000.0000' }))
  @IsOptional()
  @IsObject()
  byTrack?: Record<string, unknown>;

  @ApiPropertyOptional(wanMap('park code', { yangqu: '1500000.0000' }))
  @IsOptional()
  @IsObject()
  byPark?: Record<string, unknown>;

  @ApiPropertyOptional(wanMap('owner (user id)'))
  @IsOptional()
  @IsObject()
  byOwner?: Record<string, unknown>;

  @ApiPropertyOptional(
    wanInput('年度投资目标 (投资强度); absent or null: none', { example: '3000000.0000', nullable: true }),
  )
  @IsOptional()
  investmentWan?: unknown;

  @ApiPropertyOptional(
    wanInput('新增产值目标; absent or null: none', { example: '5000000.0000', nullable: true }),
  )
  @IsOptional()
  newOutputWan?: unknown;
}

export class TargetView {
  @ApiProperty({ type: 'integer', example: 2024 }) year!: number;
  @ApiProperty(wan('The zone’s target', '6000000.0000')) signedAmountWan!: string;
  @ApiProperty(wanMapOut('track code', { new_energy: '2000000.0000' })) byTrack!: Record<string, string>;
  @ApiProperty(wanMapOut('park code', { yangqu: '1500000.0000' })) byPark!: Record<string, string>;
  @ApiProperty(wanMapOut('owner (user id)', {})) byOwner!: Record<string, string>;
  @ApiProperty(wanOrNull('年度投资目标 (投资强度)', '3000000.0000')) investmentWan!: string | null;
  @ApiProperty(wanOrNull('新增产值目标', '5000000.0000')) newOutputWan!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) updatedBy!: string | null;
}

class ProgressLineView {
  @ApiProperty({ ...wan(), nullable: true, description: 'null when no target is set for it' })
  targetWan!: string | null;
  @ApiProperty(wan()) signedWan!: string;
  @ApiProperty(ratioOrNull('signed ÷ target')) ratio!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'signed leads counted' }) count!: number;
}
class TrackProgressView extends ProgressLineView {
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
}
class ParkProgressView extends ProgressLineView {
  @ApiProperty({ enum: PARK_CODES, nullable: true, description: 'null: leads without a park (未落园区)' })
  park!: string | null;
}
class OwnerProgressView extends ProgressLineView {
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty({ nullable: true, type: String }) ownerName!: string | null;
}

export class YardstickView {
  @ApiProperty(wan('the year’s target', '3000000.0000')) targetWan!: string;
  @ApiProperty(wan('the target in 亿元', '300.0000')) targetYi!: string;
  @ApiProperty(wan('done so far in the year')) actualWan!: string;
  @ApiProperty(wan('done so far in 亿元', '50.0000')) actualYi!: string;
  @ApiProperty(ratioOrNull('actual ÷ target')) ratio!: string | null;
  @ApiProperty(wan('序时进度: target × elapsed days ÷ days in the year')) expectedByTodayWan!: string;
  @ApiProperty(ratioOrNull('actual ÷ expected by today; 1 or more is on pace')) paceRatio!: string | null;
}

export class TargetProgressView {
  @ApiProperty({ type: 'integer', example: 2024 }) year!: number;
  @ApiProperty(wan('全年目标', '6000000.0000')) targetWan!: string;
  @ApiProperty(wan('全年目标 in 亿元', '600.0000')) targetYi!: string;
  @ApiProperty(wan('已签约')) signedWan!: string;
  @ApiProperty(wan('已签约 in 亿元', '50.0000')) signedYi!: string;
  @ApiProperty(ratioOrNull('signed ÷ target')) ratio!: string | null;
  @ApiProperty(wan('差额: what is left to sign, never below 0')) remainingWan!: string;
  @ApiProperty(
    wan('序时进度: target × elapsed days (today included) ÷ days in the year, Asia/Shanghai', '1500000.0000'),
  )
  expectedByTodayWan!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ type: [TrackProgressView] }) byTrack!: TrackProgressView[];
  @ApiProperty({
    type: [ParkProgressView],
    description: 'each park, then `park: null` (未落园区), so the parts add up to the whole',
  })
  byPark!: ParkProgressView[];
  @ApiProperty({ type: [OwnerProgressView] }) byOwner!: OwnerProgressView[];
  @ApiProperty({ format: 'date-time', description: 'when the totals were computed' }) asOf!: string;
  @ApiProperty({
    type: YardstickView,
    nullable: true,
    description: '投资强度: 投资完成额 in the year against the investment target; null when none is set',
  })
  investment!: YardstickView | null;
  @ApiProperty({
    type: YardstickView,
    nullable: true,
    description:
      '新增产值: 产值 reported for the year’s quarters (投产达效) against the target; null when none',
  })
  newOutput!: YardstickView | null;
}
