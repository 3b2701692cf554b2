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
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from '../http/validators';
import { Page } from '@luodi/core';
import { DirectoryEntry, Role, ROLES, UserDirectoryRepository } from '@luodi/users';
import { AnyRole } from '../auth/roles.decorator';
import { ApiProblems, SIGNED_IN } from '../http/problem-responses.decorator';
import { PaginationQueryDto } from '../http/pagination.dto';
import { MAX_LOOKUP_IDS, toIdList } from '../leads/lead-lookups.dto';
import { ID_LIST } from '../docs/schema-fragments';

export class DirectoryQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Substring of the name', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({
    ...ID_LIST,
    description: `Exactly these users (comma-separated ids, at most ${MAX_LOOKUP_IDS}), inactive ones included`,
  })
  @IsOptional()
  @Transform(toIdList)
  @IsArray()
  @ArrayMaxSize(MAX_LOOKUP_IDS)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'true', description: 'Only active users' })
  @IsOptional()
  @IsIn(['true', 'false'])
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
  @ApiProblems(SIGNED_IN)
  list(@Query() q: DirectoryQueryDto): Promise<Page<DirectoryEntry>> {
    return this.directory.list(
      { q: q.q?.trim() || undefined, role: q.role, ids: q.ids, activeOnly: q.active !== 'false' },
      q.limit,
      q.cursor,
    );
  }
}
