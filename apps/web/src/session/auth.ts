import { api, call } from '../api/client';
import { stopLiveEvents } from '../live/live-events';
import { session, type SessionUser } from './session';

interface LoginResult {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  user: SessionUser;
}

export async function login(email: string, password: string): Promise<SessionUser> {
  const result = (await call(
    api.POST('/api/v1/auth/login', { body: { email: email.trim(), password } }),
  )) as unknown as LoginResult;
  session.start(result.accessToken, result.expiresIn, result.user);
  return result.user;
}

/** Revokes the token on the server (POST /auth/logout), then forgets it here. */
export async function logout(): Promise<void> {
  stopLiveEvents();
  if (session.token) {
    try {
      await api.POST('/api/v1/auth/logout');
    } catch {
      // Offline: the token is forgotten here all the same, and expires on its own.
    }
  }
  session.clear();
}
