import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, tr, UnauthenticatedError } from '@luodi/core';
import { Role, SessionState, User } from '@luodi/users';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { SessionCache } from './session-cache.service';
import { TokenService, VerifiedToken } from './token.service';

/** The request as the guard leaves it: the signed-in user and the token they used. */
export interface AuthenticatedRequest {
  headers: Record<string, string | undefined>;
  user?: User;
  token?: VerifiedToken;
}

/**
 * Global guard: bearer token → its session (from the session cache, which forgets a user the moment they change,
 * in every API process, so deactivation and role changes take effect at once; the token's version must be the user's current one, so a password change, reset or
 * deactivation ends every earlier token; and its id must not be logged out) → role check. Deny by default: a
 * route without @Roles/@AnyRole/@Public is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthenticatedError();
    const session = await signedInUser(this.tokens, this.sessions, match[1]);
    if (!session)
      throw new UnauthenticatedError(tr('登录已失效，请重新登录。', 'The token is invalid or expired.'));
    request.user = session.user;
    request.token = session.token;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.includes(session.user.role)) throw new ForbiddenError();
    return true;
  }
}

/** The active user a token belongs to, or null when the token is invalid, expired, revoked or outdated. */
export async function signedInUser(
  tokens: TokenService,
  sessions: { findSession(userId: string, jti: string): Promise<SessionState | null> },
  bearer: string,
): Promise<{ user: User; token: VerifiedToken } | null> {
  const token = await tokens.verify(bearer);
  if (!token) return null;
  const state = await sessions.findSession(token.userId, token.jti);
  if (!state || !state.user.active || state.revoked || state.tokenVersion !== token.version) return null;
  return { user: state.user, token };
}
