import { Injectable, Logger } from '@nestjs/common';
import { NotFoundError, Page } from '@luodi/core';
import { Role, User } from './user';
import { UsersRepository } from './users.repository';
import { DuplicateEmailError } from './users.errors';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password-hasher';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(private readonly users: UsersRepository) {}

  async create(input: { email: string; name: string; password: string; role: Role }): Promise<User> {
    const user = await this.users.insert({
      email: input.email.trim(),
      name: input.name.trim(),
      role: input.role,
      passwordHash: await hashPassword(input.password),
    });
    if (!user) throw new DuplicateEmailError(input.email);
    return user;
  }

  async update(id: string, patch: { name?: string; role?: Role; active?: boolean }): Promise<User> {
    const user = await this.users.update(id, { ...patch, name: patch.name?.trim() });
    if (!user) throw new NotFoundError('该用户', 'User');
    return user;
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

  list(limit: number, cursor?: string): Promise<Page<User>> {
    return this.users.list(limit, cursor);
  }

  /**
   * The user for these credentials, or null. Unknown email, wrong password and inactive user are
   * indistinguishable to the caller, and an unknown email still costs one hash so timing does not tell.
   */
  async authenticate(email: string, password: string): Promise<User | null> {
    const found = await this.users.findWithHashByEmail(email.trim());
    const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyPasswordHash()));
    return found && ok && found.user.active ? found.user : null;
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
