import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoWeek, IsOptional, IsString } from '../http/validators';

export class RunDigestDto {
  @ApiPropertyOptional({
    example: '2024-W14',
    description: 'ISO week (Asia/Shanghai); default: the current week',
  })
  @IsOptional()
  @IsString()
  @IsIsoWeek()
  week?: string;
}

export class RunDigestAcceptedDto {
  @ApiProperty({ example: '2024-W14' })
  week!: string;
}
