import { ApiProperty } from '@nestjs/swagger';
import { UserView } from '../users/user.dto';

/** The answer to a successful sign-in. */
export class LoginResultView {
  @ApiProperty({ description: 'HS256 JWT; send it as `Authorization: Bearer <token>`' }) accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Lifetime in seconds' }) expiresIn!: number;
  @ApiProperty({ type: UserView }) user!: UserView;
}
