import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, tr, UnauthenticatedError } from '@luodi/core';
import { Role, User, UsersService } from '@luodi/users';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { TokenService } from './token.service';
import { isUuid } from '../http/uuid-param.pipe';

/**
 * Global guard: bearer token → active user (loaded on every request, so deactivation and role changes take
 * effect at once) → role check. Deny by default: a route without @Roles/@AnyRole/@Public is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: User }>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthenticatedError();
    const userId = await this.tokens.verify(match[1]);
    const expired = () =>
      new UnauthenticatedError(tr('登录已失效，请重新登录。', 'The token is invalid or expired.'));
    if (!userId || !isUuid(userId)) throw expired();
    const user = await this.users.findActive(userId);
    if (!user) throw expired();
    request.user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.includes(user.role)) throw new ForbiddenError();
    return true;
  }
}
