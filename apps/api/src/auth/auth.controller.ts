import { Body, Controller, HttpCode, Inject, Ip, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@luodi/core';
import { ApiProblems, SIGNED_IN } from '../http/problem-responses.decorator';
import { AccountService, LoginResult } from './account.service';
import { CurrentToken, CurrentUser } from './current-user.decorator';
import type { User } from '@luodi/users';
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
  @ApiProblems(SIGNED_IN, 'RATE_LIMITED')
  async login(
    @Body() body: LoginDto,
    @Ip() address: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResult> {
    const result = await this.account.login(body.email, body.password, address);
    if (result.user.role === 'admin') this.setQueuesCookie(reply, result.accessToken);
    return result;
  }

  @Post('refresh')
  @AnyRole()
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Refresh the token',
    description:
      'Exchanges a valid bearer token for a fresh one with a full lifetime (`expiresIn`) and revokes the token ' +
      'sent, so a page that stays open (the 大屏) keeps its session for days by refreshing before expiry. An ' +
      'expired, revoked (logged out or already refreshed) or outdated token (password changed or reset, user ' +
      'deactivated) is a 401 like anywhere else. An admin also gets a new queues UI cookie.',
  })
  @ApiOkResponse({ type: LoginResultView })
  @ApiProblems('UNAUTHENTICATED')
  async refresh(
    @CurrentUser() user: User,
    @CurrentToken() token: VerifiedToken,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResult> {
    const result = await this.account.refresh(user, token);
    if (user.role === 'admin') this.setQueuesCookie(reply, result.accessToken);
    return result;
  }

  private setQueuesCookie(reply: FastifyReply, token: string): void {
    const secure = this.config.appBaseUrl.startsWith('https:');
    void reply.header('Set-Cookie', queuesUiCookie(token, this.config.jwtExpiresInSeconds, secure));
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
