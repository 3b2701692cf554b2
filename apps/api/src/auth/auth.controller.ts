import { Body, Controller, HttpCode, Inject, Ip, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, tr, UnauthenticatedError } from '@luodi/core';
import { User, UsersService } from '@luodi/users';
import { ApiProblems } from '../http/problem-responses.decorator';
import { LoginDto } from './login.dto';
import { LoginResultView } from './login-result.view';
import { LoginThrottleService } from './login-throttle.service';
import { Public } from './roles.decorator';
import { TokenService } from './token.service';
import { queuesUiCookie } from './queues-ui-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in',
    description:
      'Returns a bearer token for every other route. A wrong email and a wrong password give the same 401; ' +
      'repeated failures from one address are refused with 429 for a while. An admin also gets an HttpOnly ' +
      'cookie for the queues UI at /admin/queues.',
    security: [],
  })
  @ApiOkResponse({ type: LoginResultView })
  @ApiProblems('VALIDATION_FAILED', 'UNAUTHENTICATED', 'RATE_LIMITED')
  async login(
    @Body() body: LoginDto,
    @Ip() address: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresIn: number; user: User }> {
    await this.throttle.assertAllowed(body.email, address);
    const user = await this.users.authenticate(body.email, body.password);
    if (!user) {
      await this.throttle.recordFailure(body.email, address);
      throw new UnauthenticatedError(tr('邮箱或密码不正确。', 'The email or password is incorrect.'));
    }
    await this.throttle.recordSuccess(body.email, address);
    const accessToken = await this.tokens.issue(user);
    if (user.role === 'admin') {
      const secure = this.config.appBaseUrl.startsWith('https:');
      void reply.header('Set-Cookie', queuesUiCookie(accessToken, this.config.jwtExpiresInSeconds, secure));
    }
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.jwtExpiresInSeconds,
      user,
    };
  }
}
