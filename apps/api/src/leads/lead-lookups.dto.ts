import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUserIdOrMe, IsUUID } from '../http/validators';
import { STAGE_CODES } from '@luodi/catalog';
import { PaginationQueryDto } from '../http/pagination.dto';
import { ID_LIST, USER_ID_OR_ME } from '../docs/schema-fragments';
import { ActivityView } from './lead.view';

export const MAX_LOOKUP_IDS = 200;

/** `ids=a,b,c` (or repeated `ids=`) → a de-duplicated array of lower-case strings. */
export const toIdList = ({ value }: { value: unknown }) => {
  const parts = (Array.isArray(value) ? value : [value])
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
    .map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v))
    .filter((v) => v !== '');
  return [...new Set(parts)];
};

export class LeadNamesQueryDto {
  @ApiProperty({
    ...ID_LIST,
    description: `Lead ids, comma-separated (1 to ${MAX_LOOKUP_IDS})`,
    example: '0b6f4f8e-7a51-4c3e-9d7e-2d6a0f1b2c3d,5d1c2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5',
  })
  @Transform(toIdList)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LOOKUP_IDS)
  @IsUUID('all', { each: true })
  ids!: string[];
}

export class LeadCountsView {
  @ApiProperty({ description: 'Leads matching the filter' }) total!: number;
  @ApiProperty({ description: '红灯: open and past the stage deadline' }) red!: number;
  @ApiProperty({ description: '黄灯: deadline within 7 days, or nothing logged for 30 days' })
  yellow!: number;
  @ApiProperty({ description: '绿灯: the other open leads' }) green!: number;
}

export class LeadNameView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty({ enum: STAGE_CODES }) stage!: string;
}

export class LeadNamesView {
  @ApiProperty({ type: [LeadNameView] }) items!: LeadNameView[];
}

export class ActivityFeedQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({
    ...USER_ID_OR_ME,
    description: 'Activities on leads this user owns: a user id, or `me`',
  })
  @IsOptional()
  @IsUserIdOrMe()
  ownerId?: string;

  @ApiPropertyOptional({
    ...USER_ID_OR_ME,
    description: 'Activities on leads this user leads (包联): a user id, or `me`',
  })
  @IsOptional()
  @IsUserIdOrMe()
  leaderId?: string;

  @ApiPropertyOptional({ ...USER_ID_OR_ME, description: 'Activities this user logged: a user id, or `me`' })
  @IsOptional()
  @IsUserIdOrMe()
  byUserId?: string;
}

export class FeedActivityView extends ActivityView {
  @ApiProperty({ format: 'uuid' }) leadId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() projectName!: string;
}

export class FeedActivityPageView {
  @ApiProperty({ type: [FeedActivityView] }) items!: FeedActivityView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
