import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { User } from '@luodi/users';
import type { VerifiedToken } from './token.service';

/** The signed-in user, loaded fresh from the database by the AuthGuard on every request. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): User => {
  return ctx.switchToHttp().getRequest<{ user: User }>().user;
});

/** The bearer token of the request, as the AuthGuard verified it (for logout). */
export const CurrentToken = createParamDecorator((_: unknown, ctx: ExecutionContext): VerifiedToken => {
  return ctx.switchToHttp().getRequest<{ token: VerifiedToken }>().token;
});
