import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from '../http/validators';

export class LoginDto {
  @ApiProperty({ example: 'admin@luodi.local' })
  @IsString()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'luodi-admin-2024' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}
