import { Body, Controller, HttpCode, Inject, Ip, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@luodi/core';
import { ApiProblems } from '../http/problem-responses.decorator';
import { AccountService, LoginResult } from './account.service';
import { CurrentToken } from './current-user.decorator';
import { LoginDto } from './login.dto';
import { LoginResultView } from './login-result.view';
import { AnyRole, Public } from './roles.decorator';
import type { VerifiedToken } from './token.service';
import { clearedQueuesUiCookie, queuesUiCookie } from './queues-ui-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly account: AccountService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in',
    description:
      'Returns a bearer token for every other route. A wrong email and a wrong password give the same 401. ' +
      'Attempts are counted before the password is checked: more than 5 in 15 minutes for one account from one ' +
      'address, or more failures from one address than `LOGIN_ADDRESS_LIMIT` (100), are refused with 429 and `Retry-After`. An admin ' +
      'also gets an HttpOnly cookie for the queues UI at /admin/queues.',
    security: [],
  })
  @ApiOkResponse({ type: LoginResultView })
  @ApiProblems('VALIDATION_FAILED', 'UNAUTHENTICATED', 'RATE_LIMITED')
  async login(
    @Body() body: LoginDto,
    @Ip() address: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResult> {
    const result = await this.account.login(body.email, body.password, address);
    if (result.user.role === 'admin') {
      const secure = this.config.appBaseUrl.startsWith('https:');
      void reply.header(
        'Set-Cookie',
        queuesUiCookie(result.accessToken, this.config.jwtExpiresInSeconds, secure),
      );
    }
    return result;
  }

  @Post('logout')
  @AnyRole()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Sign out',
    description:
      'Revokes the bearer token used (it is refused from now on, until it would have expired); the user’s other ' +
      'sessions go on. Also clears the queues UI cookie.',
  })
  @ApiNoContentResponse({ description: 'The token is revoked' })
  @ApiProblems('UNAUTHENTICATED')
  async logout(
    @CurrentToken() token: VerifiedToken,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.account.logout(token);
    void reply.header('Set-Cookie', clearedQueuesUiCookie(this.config.appBaseUrl.startsWith('https:')));
  }
}
