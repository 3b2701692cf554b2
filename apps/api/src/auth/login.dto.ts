import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from '../http/validators';

export class LoginDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'li.na@luodi.local' })
  @IsString()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ format: 'password', minLength: 1, maxLength: 200, example: 'your-password' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}
