import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { tr } from '@luodi/core';

/** `GET /digests/preview?week&userId`: the week is checked (format and range) by the digest service. */
export class DigestPreviewQueryDto {
  @ApiPropertyOptional({
    pattern: '^\\d{4}-W\\d{2}$',
    example: '2026-W49',
    description: 'ISO week (Asia/Shanghai) from 2000-W01 to next week; default: the current week',
  })
  @IsOptional()
  @IsString({ message: () => tr('须为ISO周，如2026-W49', 'must be an ISO week like 2026-W49') })
  @MaxLength(10, { message: () => tr('须为ISO周，如2026-W49', 'must be an ISO week like 2026-W49') })
  week?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Whose digest (default: the caller's)" })
  @IsOptional()
  @IsUUID('all', { message: () => tr('须为用户ID（UUID）', 'must be a user id (UUID)') })
  userId?: string;
}
