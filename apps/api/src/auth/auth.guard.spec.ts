import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@luodi/core';
import type { User } from '@luodi/users';
import { AuthGuard } from './auth.guard';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import type { SessionCache } from './session-cache.service';
import type { TokenService } from './token.service';

const USER_ID = '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11';
const staff: User = {
  id: USER_ID,
  email: 's@x.cn',
  name: 's',
  role: 'staff',
  active: true,
  createdAt: '',
  updatedAt: '',
};

function contextWith(metadata: Record<string, unknown>, authorization?: string): ExecutionContext {
  const handler = () => undefined;
  Reflect.defineMetadata(ROLES_KEY, metadata[ROLES_KEY], handler);
  Reflect.defineMetadata(PUBLIC_KEY, metadata[PUBLIC_KEY], handler);
  const request = { headers: { authorization } };
  return {
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('AuthGuard', () => {
  const JTI = '0b6f7c1e-2d4a-4c3b-9e5f-1a2b3c4d5e6f';
  const claims = { userId: USER_ID, jti: JTI, version: 2, expiresAt: new Date(Date.now() + 60_000) };
  const tokens = {
    verify: async (t: string) =>
      t === 'good'
        ? claims
        : t === 'old'
          ? { ...claims, version: 1 }
          : t === 'out'
            ? { ...claims, jti: 'x' }
            : null,
  } as unknown as TokenService;
  let active = true;
  const users = {
    findSession: async (id: string, jti: string) =>
      id === USER_ID ? { user: { ...staff, active }, tokenVersion: 2, revoked: jti !== JTI } : null,
  } as unknown as SessionCache;
  const guard = new AuthGuard(new Reflector(), tokens, users);

  it('refuses a token of an earlier version, a logged-out one, and one of an inactive user', async () => {
    for (const token of ['old', 'out'])
      await expect(
        guard.canActivate(contextWith({ [ROLES_KEY]: ['staff'] }, `Bearer ${token}`)),
      ).rejects.toBeInstanceOf(UnauthenticatedError);
    active = false;
    await expect(
      guard.canActivate(contextWith({ [ROLES_KEY]: ['staff'] }, 'Bearer good')),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
    active = true;
  });

  it('denies a route that declares no roles, even to a signed-in user (deny by default)', async () => {
    await expect(guard.canActivate(contextWith({}, 'Bearer good'))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('allows public routes without a token', async () => {
    await expect(guard.canActivate(contextWith({ [PUBLIC_KEY]: true }))).resolves.toBe(true);
  });

  it('checks the token, then the role', async () => {
    await expect(
      guard.canActivate(contextWith({ [ROLES_KEY]: ['staff'] }, 'Bearer bad')),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(
      guard.canActivate(contextWith({ [ROLES_KEY]: ['admin'] }, 'Bearer good')),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(guard.canActivate(contextWith({ [ROLES_KEY]: ['staff'] }, 'Bearer good'))).resolves.toBe(
      true,
    );
  });
});
