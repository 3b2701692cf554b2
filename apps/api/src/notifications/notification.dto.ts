import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from '@luodi/notifications';

/** One ledger row as `GET /notifications` returns it (OpenAPI schema). */
export class NotificationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS })
  kind!: string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Days relative to the stage deadline (-7, -1, 1, 7)',
  })
  offsetDays!: number | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  leadId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The recipient user' })
  userId!: string | null;

  @ApiProperty({ format: 'email', description: 'Email address the notification goes to' })
  recipient!: string;

  @ApiProperty({ type: String, nullable: true, example: '2024-W14', description: 'ISO week of a digest' })
  week!: string | null;

  @ApiProperty({ enum: NOTIFICATION_STATUSES })
  status!: string;

  @ApiProperty({ type: 'integer', description: 'Send attempts so far' })
  attempts!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] })
  items!: NotificationDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
