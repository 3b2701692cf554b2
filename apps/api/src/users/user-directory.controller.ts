import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Page, tr } from '@luodi/core';
import { DirectoryEntry, Role, ROLES, UserDirectoryRepository } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { PaginationQueryDto } from '../http/pagination.dto';
import { MAX_LOOKUP_IDS, toIdList } from '../leads/lead-lookups.dto';

export class DirectoryQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Substring of the name', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: () => tr('长度须为 1 到 100 个字', 'must be 1 to 100 characters') })
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: () => tr(`须为 ${ROLES.join('、')} 之一`, `must be one of ${ROLES.join(', ')}`) })
  role?: Role;

  @ApiPropertyOptional({
    description: `Exactly these users (comma-separated ids, at most ${MAX_LOOKUP_IDS}), inactive ones included`,
  })
  @IsOptional()
  @Transform(toIdList)
  @IsArray()
  @ArrayMaxSize(MAX_LOOKUP_IDS, {
    message: () => tr(`最多 ${MAX_LOOKUP_IDS} 个 id`, `must name at most ${MAX_LOOKUP_IDS} ids`),
  })
  @IsUUID('all', { each: true, message: () => tr('每个 id 都必须是 UUID', 'must be UUIDs') })
  ids?: string[];

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'true', description: 'Only active users' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: () => tr('须为 true 或 false', 'must be true or false') })
  active?: 'true' | 'false';
}

export class DirectoryEntryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '张伟' }) name!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty() active!: boolean;
}

export class DirectoryPageView {
  @ApiProperty({ type: [DirectoryEntryView] }) items!: DirectoryEntryView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

/** The user directory any signed-in user may read: names and roles only (no emails), paged and searchable. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UserDirectoryController {
  constructor(private readonly directory: UserDirectoryRepository) {}

  @Get('directory')
  @AnyRole()
  @ApiOperation({
    summary: 'Names and roles of users, for pickers and to show names instead of ids',
    description: 'Sorted by name. Active users only unless `active=false` or `ids` is given.',
  })
  @ApiOkResponse({ type: DirectoryPageView })
  list(@Query() q: DirectoryQueryDto): Promise<Page<DirectoryEntry>> {
    return this.directory.list(
      { q: q.q?.trim() || undefined, role: q.role, ids: q.ids, activeOnly: q.active !== 'false' },
      q.limit,
      q.cursor,
    );
  }
}
