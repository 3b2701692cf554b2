import { ApiProperty } from '@nestjs/swagger';
import { PARK_CODES, STAGE_CODES, TRACK_CODES } from '@luodi/catalog';

/** OpenAPI shapes of the reference data. */
export class TrackView {
  @ApiProperty({ enum: TRACK_CODES }) code!: string;
  @ApiProperty({ example: '新能源' }) nameZh!: string;
  @ApiProperty({ example: 'New energy' }) nameEn!: string;
}

export class ParkView {
  @ApiProperty({ enum: PARK_CODES }) code!: string;
  @ApiProperty({ example: '阳曲园区' }) nameZh!: string;
  @ApiProperty({ example: 'Yangqu Park' }) nameEn!: string;
}

export class StageView {
  @ApiProperty({ enum: STAGE_CODES }) code!: string;
  @ApiProperty({ example: '洽谈' }) nameZh!: string;
  @ApiProperty({ type: 'integer', description: 'Position in the pipeline' }) order!: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 90,
    description: 'Default days a lead may stay in the stage; null for production and lost',
  })
  deadlineDays!: number | null;
}
