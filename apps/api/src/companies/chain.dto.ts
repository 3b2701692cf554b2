import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { TRACK_CODES } from '@luodi/catalog';
import { CHAIN_POSITIONS, ChainPosition } from '@luodi/companies';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateIf,
} from '../http/validators';
import { trim } from '../leads/lead-validators';

const present = (_: object, v: unknown) => v !== undefined;

export class TrackQueryDto {
  @ApiPropertyOptional({ enum: TRACK_CODES })
  @IsOptional()
  @IsIn(TRACK_CODES)
  track?: string;
}

export class CreateChainDto {
  @ApiProperty({ enum: TRACK_CODES })
  @IsIn(TRACK_CODES)
  track!: string;

  @ApiProperty({ minLength: 1, maxLength: 100, example: '碳化硅' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name!: string;
}

export class UpdateChainDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ minLength: 1, maxLength: 100 })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ enum: TRACK_CODES })
  @ValidateIf(present)
  @IsIn(TRACK_CODES)
  track?: string;
}

export class CreateChainLinkDto {
  @ApiProperty({ minLength: 1, maxLength: 100, example: '衬底' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ enum: CHAIN_POSITIONS })
  @IsIn(CHAIN_POSITIONS)
  position!: ChainPosition;
}

export class AddTargetDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  companyId!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 1000,
    example: '国内衬底龙头，拟赴太原考察',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
