import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from '../http/validators';

/** `GET /digests/preview?week&userId`: the week is checked (format and range) by the digest service. */
export class DigestPreviewQueryDto {
  @ApiPropertyOptional({
    pattern: '^\\d{4}-W\\d{2}$',
    example: '2026-W49',
    description: 'ISO week (Asia/Shanghai) from 2000-W01 to next week; default: the current week',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  week?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Whose digest (default: the caller's)" })
  @IsOptional()
  @IsUUID('all')
  userId?: string;
}
