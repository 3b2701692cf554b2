import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsCalendarDate,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Min,
  ValidateIf,
} from '../http/validators';
import { wanInput } from '../docs/schema-fragments';
import { IsWan } from './lead-validators';
import { CreateLeadDto } from './create-lead.dto';

/** Present → change it; `null` clears an optional field; required fields cannot be null. */
const present = (_: object, v: unknown) => v !== undefined;

/**
 * A PATCH: the fields of a new lead, each optional (absent = unchanged; a required field sent as null is a 400,
 * an optional one sent as null is cleared), plus what only a change sets. The fields whose PATCH rules differ
 * from POST are declared here.
 */
export class UpdateLeadDto extends PartialType(
  OmitType(CreateLeadDto, ['isProvincialKey', 'pool', 'ownerId', 'leaderId'] as const),
  { skipNullProperties: false },
) {
  @ApiProperty({
    type: 'integer',
    description: 'The version the change is based on (optimistic concurrency)',
    minimum: 1,
  })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional(wanInput('签约金额; only before signing (then by transition)', { nullable: true }))
  @IsOptional()
  @IsWan()
  signedAmountWan?: string | number | null;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsBoolean()
  isProvincialKey?: boolean;

  @ApiPropertyOptional({
    enum: ['planning', 'attraction'],
    description: 'Only at stage lead: into or out of 策划包装库',
  })
  @ValidateIf(present)
  @IsIn(['planning', 'attraction'])
  pool?: 'planning' | 'attraction';

  @ApiPropertyOptional({ format: 'uuid', description: 'Supervisors only' })
  @ValidateIf(present)
  @IsUUID('all')
  ownerId?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: '包联领导; supervisors only',
  })
  @IsOptional()
  @IsUUID('all')
  leaderId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Supervisors only; not for production or lost',
  })
  @IsOptional()
  @IsCalendarDate()
  stageDeadline?: string | null;
}
