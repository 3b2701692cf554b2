import { Injectable, Logger } from '@nestjs/common';
import { NotFoundError, Page, tr, ValidationFailedError } from '@luodi/core';
import { removesAnAdmin, Role, User } from './user';
import { Credentials, UsersRepository } from './users.repository';
import { DuplicateEmailError, LastAdminError } from './users.errors';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password-hasher';
import { passwordProblem } from './password-policy';

/** A signed-in user as the guard sees them: who, at which token version, and whether this token was logged out. */
export interface SessionState {
  user: User;
  tokenVersion: number;
  revoked: boolean;
}

/** Told a user's id after anything a session depends on changed (role, active, name, password, a logout). */
export type SessionChangeListener = (userId: string) => Promise<void> | void;

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);
  private readonly sessionListeners: SessionChangeListener[] = [];

  constructor(private readonly users: UsersRepository) {}

  async create(input: { email: string; name: string; password: string; role: Role }): Promise<User> {
    this.assertAcceptablePassword(input.password, input.email, 'password');
    const user = await this.users.insert({
      email: input.email.trim(),
      name: input.name.trim(),
      role: input.role,
      passwordHash: await hashPassword(input.password),
    });
    if (!user) throw new DuplicateEmailError(input.email);
    return user;
  }

  /** Refuses (400 on `field`) a common password or one equal to the email or its local part. */
  assertAcceptablePassword(password: string, email: string, field: string): void {
    const problem = passwordProblem(password, email);
    if (problem) throw new ValidationFailedError([{ field, message: problem }]);
  }

  /** 409 LAST_ADMIN when the change would leave no active admin (decided under a lock on the admin rows). */
  async update(id: string, patch: { name?: string; role?: Role; active?: boolean }): Promise<User> {
    const user = await this.users.update(id, { ...patch, name: patch.name?.trim() }, (before, admins) => {
      if (removesAnAdmin(before, patch) && admins <= 1) throw new LastAdminError();
    });
    if (!user) throw new NotFoundError('该用户', 'User');
    await this.sessionsChanged(id);
    return user;
  }

  /** Registers a listener for session-relevant changes (the API's session cache); called after each commit. */
  onSessionChange(listener: SessionChangeListener): void {
    this.sessionListeners.push(listener);
  }

  private async sessionsChanged(userId: string): Promise<void> {
    for (const listener of this.sessionListeners) await listener(userId);
  }

  /**
   * The user's own change: the current password must match (else 400 on `currentPassword`), the new one pass the
   * policy. Every token the user held before stops working.
   */
  async changePassword(id: string, currentPassword: string, newPassword: string): Promise<void> {
    const found = await this.users.findWithHashById(id);
    if (!found) throw new NotFoundError('该用户', 'User');
    this.assertAcceptablePassword(newPassword, found.user.email, 'newPassword');
    const wrongCurrent = () =>
      new ValidationFailedError(
        [{ field: 'currentPassword', message: tr('当前密码不正确', 'is not the current password') }],
        tr('当前密码不正确。', 'The current password is incorrect.'),
      );
    if (!(await verifyPassword(currentPassword, found.passwordHash))) throw wrongCurrent();
    if (!(await this.users.setPassword(id, await hashPassword(newPassword), found.passwordHash)))
      throw wrongCurrent();
    await this.sessionsChanged(id);
  }

  /** An admin sets a user's password; every token the user held before stops working. */
  async resetPassword(id: string, newPassword: string): Promise<void> {
    const found = await this.users.findWithHashById(id);
    if (!found) throw new NotFoundError('该用户', 'User');
    this.assertAcceptablePassword(newPassword, found.user.email, 'newPassword');
    if (!(await this.users.setPassword(id, await hashPassword(newPassword))))
      throw new NotFoundError('该用户', 'User');
    await this.sessionsChanged(id);
  }

  /** The state of the session a token names (null for an unknown user); the guard checks it on every request. */
  findSession(id: string, jti: string): Promise<SessionState | null> {
    return this.users.findSession(id, jti);
  }

  /** Ends one session (logout): the token is refused from now until it expires. */
  async revokeToken(userId: string, jti: string, expiresAt: Date): Promise<void> {
    await this.users.revokeToken(jti, expiresAt);
    await this.sessionsChanged(userId);
  }

  /**
   * Ends one session for a refresh: false when it had already ended (a second refresh with the same token). Like a
   * logout, the session caches forget the user at once, so the old token is refused from the next request on.
   */
  async revokeTokenOnce(userId: string, jti: string, expiresAt: Date): Promise<boolean> {
    const revoked = await this.users.revokeTokenOnce(jti, expiresAt);
    if (revoked) await this.sessionsChanged(userId);
    return revoked;
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundError('该用户', 'User');
    return user;
  }

  /** Active user by id, or null; used on every authenticated request so deactivation takes effect at once. */
  async findActive(id: string): Promise<User | null> {
    const user = await this.users.findById(id);
    return user?.active ? user : null;
  }

  /** Names to show for user ids (owners, 包联领导) in emails and reports. */
  namesOf(ids: string[]): Promise<Map<string, string>> {
    return this.users.namesOf(ids);
  }

  /** The ids among `ids` that are users (any role, active or not: a target may name a former owner). */
  existingIds(ids: string[]): Promise<Set<string>> {
    return this.users.existingIds(ids);
  }

  list(limit: number, cursor?: string): Promise<Page<User>> {
    return this.users.list(limit, cursor);
  }

  /**
   * The user for these credentials, or null. Unknown email, wrong password and inactive user are
   * indistinguishable to the caller, and an unknown email still costs one hash so timing does not tell.
   */
  async authenticate(email: string, password: string): Promise<Credentials | null> {
    const found = await this.users.findWithHashByEmail(email.trim());
    const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyPasswordHash()));
    return found && ok && found.user.active ? found : null;
  }

  /** On first start with an empty database, creates the admin from ADMIN_EMAIL / ADMIN_PASSWORD. */
  async ensureFirstAdmin(email: string, password: string): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const created = await this.users.insertFirstAdmin({
      email,
      name: '系统管理员',
      passwordHash: await hashPassword(password),
    });
    if (created) this.logger.log(`Created the first admin (${created.email})`);
  }

  activeSupervisors(): Promise<User[]> {
    return this.users.listActiveByRole(['supervisor']);
  }

  activeUsers(): Promise<User[]> {
    return this.users.listActiveByRole(['staff', 'supervisor', 'admin']);
  }
}
