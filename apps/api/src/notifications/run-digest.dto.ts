import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoWeek, IsOptional, IsString } from '../http/validators';

export class RunDigestDto {
  @ApiPropertyOptional({
    pattern: '^\\d{4}-W\\d{2}$',
    example: '2024-W14',
    description: 'ISO week (Asia/Shanghai); default: the current week',
  })
  @IsOptional()
  @IsString()
  @IsIsoWeek()
  week?: string;
}

export class RunDigestAcceptedDto {
  @ApiProperty({ pattern: '^\\d{4}-W\\d{2}$', example: '2024-W14', description: 'The week queued' })
  week!: string;
}
