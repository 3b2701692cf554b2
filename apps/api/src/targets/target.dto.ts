import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsObject, IsOptional } from '../http/validators';

const WAN_TEXT = '万元: a decimal string or JSON number, at most 4 fraction digits, > 0, <= 100000000';
const WAN_MAP = (keys: string) => ({
  type: 'object' as const,
  additionalProperties: { type: 'string' },
  description: `${WAN_TEXT}, per ${keys}`,
});

/**
 * `PUT /targets/:year`. Amounts and breakdown keys (track and park codes, user ids) are checked by the
 * service with the money rules, every bad entry named as `byTrack.<code>` etc.
 */
export class PutTargetDto {
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'number' }],
    example: '6000000.0000',
    description: WAN_TEXT,
  })
  @IsDefined()
  signedAmountWan!: unknown;

  @ApiPropertyOptional({ ...WAN_MAP('track code'), example: { new_energy: '2000000.0000' } })
  @IsOptional()
  @IsObject()
  byTrack?: Record<string, unknown>;

  @ApiPropertyOptional({ ...WAN_MAP('park code'), example: { yangqu: '1500000.0000' } })
  @IsOptional()
  @IsObject()
  byPark?: Record<string, unknown>;

  @ApiPropertyOptional(WAN_MAP('owner (user id)'))
  @IsOptional()
  @IsObject()
  byOwner?: Record<string, unknown>;
}

export class TargetView {
  @ApiProperty() year!: number;
  @ApiProperty({ example: '6000000.0000' }) signedAmountWan!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) byTrack!: Record<string, string>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) byPark!: Record<string, string>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) byOwner!: Record<string, string>;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ nullable: true, type: String }) updatedBy!: string | null;
}

class ProgressLineView {
  @ApiProperty({ nullable: true, type: String }) targetWan!: string | null;
  @ApiProperty() signedWan!: string;
  @ApiProperty({ nullable: true, type: String }) ratio!: string | null;
  @ApiProperty() count!: number;
}
class TrackProgressView extends ProgressLineView {
  @ApiProperty() track!: string;
}
class ParkProgressView extends ProgressLineView {
  @ApiProperty() park!: string;
}
class OwnerProgressView extends ProgressLineView {
  @ApiProperty() ownerId!: string;
  @ApiProperty({ nullable: true, type: String }) ownerName!: string | null;
}

export class TargetProgressView {
  @ApiProperty() year!: number;
  @ApiProperty({ example: '6000000.0000' }) targetWan!: string;
  @ApiProperty({ example: '600.0000' }) targetYi!: string;
  @ApiProperty() signedWan!: string;
  @ApiProperty() signedYi!: string;
  @ApiProperty({ nullable: true, type: String, description: 'signed / target' }) ratio!: string | null;
  @ApiProperty() remainingWan!: string;
  @ApiProperty({ description: 'target × elapsed days (today included) / days in the year, Asia/Shanghai' })
  expectedByTodayWan!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ type: [TrackProgressView] }) byTrack!: TrackProgressView[];
  @ApiProperty({ type: [ParkProgressView] }) byPark!: ParkProgressView[];
  @ApiProperty({ type: [OwnerProgressView] }) byOwner!: OwnerProgressView[];
  @ApiProperty({ description: 'when the totals were computed' }) asOf!: string;
}
