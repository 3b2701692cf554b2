import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, tr, UnauthenticatedError } from '@luodi/core';
import { User, UsersService } from '@luodi/users';
import { LoginThrottleService } from './login-throttle.service';
import { TokenService, VerifiedToken } from './token.service';

export interface LoginResult {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: User;
}

/** Signing in and out, and passwords: the throttle, the users and the tokens together. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counted before the password is checked (429 over the limits); the same 401 for any wrong credential. */
  async login(email: string, password: string, address: string): Promise<LoginResult> {
    await this.throttle.begin('login', email, address);
    const found = await this.users.authenticate(email, password);
    if (!found)
      throw new UnauthenticatedError(tr('邮箱或密码不正确。', 'The email or password is incorrect.'));
    await this.throttle.succeeded('login', email, address);
    return {
      accessToken: await this.tokens.issue(found.user, found.tokenVersion),
      tokenType: 'Bearer',
      expiresIn: this.config.jwtExpiresInSeconds,
      user: found.user,
    };
  }

  /**
   * A fresh token for a signed-in session (a wall screen runs for days), issued at the version the guard just
   * checked, and the old token revoked once: a second refresh with it, like any later use, is a 401. Logout,
   * deactivation and password changes end the refreshed token as they end any other.
   */
  async refresh(user: User, token: VerifiedToken): Promise<LoginResult> {
    if (!(await this.users.revokeTokenOnce(token.userId, token.jti, token.expiresAt)))
      throw new UnauthenticatedError(tr('登录已失效，请重新登录。', 'The token is invalid or expired.'));
    return {
      accessToken: await this.tokens.issue(user, token.version),
      tokenType: 'Bearer',
      expiresIn: this.config.jwtExpiresInSeconds,
      user,
    };
  }

  /** Ends the session of this token only (the user's other sessions go on). */
  logout(token: VerifiedToken): Promise<void> {
    return this.users.revokeToken(token.userId, token.jti, token.expiresAt);
  }

  /**
   * A weak new password is refused first, uncounted; guesses of the current password are throttled like sign-ins
   * (their own counters, so they never lock the account's sign-in).
   */
  async changeOwnPassword(user: User, current: string, next: string, address: string): Promise<void> {
    this.users.assertAcceptablePassword(next, user.email, 'newPassword');
    await this.throttle.begin('password', user.email, address);
    await this.users.changePassword(user.id, current, next);
    await this.throttle.succeeded('password', user.email, address);
  }

  resetPassword(userId: string, next: string): Promise<void> {
    return this.users.resetPassword(userId, next);
  }
}
