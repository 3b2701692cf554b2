import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from '../http/validators';
import { Role, ROLES } from '@luodi/users';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'li.na@luodi.local' })
  @IsString()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 100, example: '李娜' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({
    minLength: 10,
    maxLength: 200,
    format: 'password',
    example: 'Jinhe-2024-spring',
    description:
      'At least 10 characters; not one of the commonest passwords, one character repeated, or the email or its name part',
  })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 100, example: '李娜' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false: the user cannot sign in and their tokens stop working' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email', example: 'li.na@luodi.local' }) email!: string;
  @ApiProperty({ example: '李娜' }) name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class UserPageView {
  @ApiProperty({ type: [UserView] }) items!: UserView[];
  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page; null on the last' })
  nextCursor!: string | null;
}

const NEW_PASSWORD_DOC =
  'At least 10 characters; not one of the commonest passwords, one character repeated, or the email or its name part';

export class ChangeOwnPasswordDto {
  @ApiProperty({ format: 'password', minLength: 1, maxLength: 200, example: 'Jinhe-2024-spring' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({
    format: 'password',
    minLength: 10,
    maxLength: 200,
    example: 'Fenhe-2025-autumn',
    description: NEW_PASSWORD_DOC,
  })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  newPassword!: string;
}

export class ResetPasswordDto {
  @ApiProperty({
    format: 'password',
    minLength: 10,
    maxLength: 200,
    example: 'Fenhe-2025-autumn',
    description: NEW_PASSWORD_DOC,
  })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  newPassword!: string;
}
