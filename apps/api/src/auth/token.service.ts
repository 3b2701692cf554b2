import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@luodi/core';
import type { User } from '@luodi/users';

interface TokenClaims {
  sub: string;
  role: string;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(user: User): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, role: user.role } satisfies TokenClaims, {
      secret: this.config.jwtSecret,
      expiresIn: this.config.jwtExpiresInSeconds,
      algorithm: 'HS256',
    });
  }

  /** The user id the token was issued to, or null when it is invalid or expired. */
  async verify(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
      });
      return typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
