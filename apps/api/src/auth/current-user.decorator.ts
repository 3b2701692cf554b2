import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { User } from '@luodi/users';

/** The signed-in user, loaded fresh from the database by the AuthGuard on every request. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): User => {
  return ctx.switchToHttp().getRequest<{ user: User }>().user;
});
