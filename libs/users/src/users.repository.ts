import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, mutate, Page, rowsOf, toPage } from '@luodi/core';
import { Role, User } from './user';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  password_hash: string;
  token_version: number;
  created_at: Date;
  updated_at: Date;
  /** created_at with microseconds, for the pagination cursor (a JS Date keeps only milliseconds). */
  created_key?: string;
}

const COLUMNS = 'id, email, name, role, active, password_hash, token_version, created_at, updated_at';
const CREATED_KEY = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function toUser(r: UserRow): User {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    active: r.active,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** A user with what signing in needs: the password hash and the current token version. */
export interface Credentials {
  user: User;
  passwordHash: string;
  tokenVersion: number;
}

function toCredentials(r: UserRow): Credentials {
  return { user: toUser(r), passwordHash: r.password_hash, tokenVersion: r.token_version };
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string): Promise<User | null> {
    const rows: UserRow[] = await this.db.query(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  /** Display names by id (inactive users keep theirs); unknown ids are left out. */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.db.query(
      `SELECT id, name FROM users WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The ids among `ids` that are users (any role, active or not). */
  async existingIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM users WHERE id = ANY($1::uuid[])`, [
      [...new Set(ids)],
    ]);
    return new Set(rows.map((r) => r.id));
  }

  async findWithHashByEmail(email: string): Promise<Credentials | null> {
    const rows: UserRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return rows[0] ? toCredentials(rows[0]) : null;
  }

  async findWithHashById(id: string): Promise<Credentials | null> {
    const rows: UserRow[] = await this.db.query(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
    return rows[0] ? toCredentials(rows[0]) : null;
  }

  /** The user a token names, its current token version, and whether this token was logged out: one query. */
  async findSession(
    id: string,
    jti: string,
  ): Promise<{ user: User; tokenVersion: number; revoked: boolean } | null> {
    const rows: (UserRow & { revoked: boolean })[] = await this.db.query(
      `SELECT ${COLUMNS}, EXISTS (SELECT 1 FROM revoked_tokens WHERE jti = $2) AS revoked
         FROM users WHERE id = $1`,
      [id, jti],
    );
    const r = rows[0];
    return r ? { user: toUser(r), tokenVersion: r.token_version, revoked: r.revoked } : null;
  }

  /**
   * Sets a new password and bumps the token version, so every token issued before stops working. With
   * `expectedHash`, only while the password is still the one just verified (a concurrent change wins).
   */
  async setPassword(id: string, passwordHash: string, expectedHash?: string): Promise<boolean> {
    const { affected } = await mutate(
      this.db,
      `UPDATE users SET password_hash = $2, token_version = token_version + 1, updated_at = now()
        WHERE id = $1 AND ($3::text IS NULL OR password_hash = $3)`,
      [id, passwordHash, expectedHash ?? null],
    );
    return affected > 0;
  }

  /** Denies one token until it would have expired anyway; drops the entries that have. */
  async revokeToken(jti: string, expiresAt: Date): Promise<void> {
    await this.db.query(
      `WITH expired AS (DELETE FROM revoked_tokens WHERE expires_at < now())
       INSERT INTO revoked_tokens (jti, expires_at) VALUES ($1, $2) ON CONFLICT (jti) DO NOTHING`,
      [jti, expiresAt],
    );
  }

  /** Revokes a token unless it already was: true when this call revoked it (a refresh uses a token once). */
  async revokeTokenOnce(jti: string, expiresAt: Date): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO revoked_tokens (jti, expires_at) VALUES ($1, $2) ON CONFLICT (jti) DO NOTHING RETURNING jti`,
      [jti, expiresAt],
    );
    return rows.length === 1;
  }

  async count(): Promise<number> {
    const rows: { n: string }[] = await this.db.query(`SELECT count(*) AS n FROM users`);
    return Number(rows[0].n);
  }

  /** Inserts a user; returns null when the email is taken (the unique index decides, not a prior read). */
  async insert(u: { email: string; name: string; role: Role; passwordHash: string }): Promise<User | null> {
    const rows: UserRow[] = await this.db.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [u.email, u.name, u.role, u.passwordHash],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }

  /** Creates the first admin only while the table is empty; concurrent starts create one. */
  async insertFirstAdmin(u: { email: string; name: string; passwordHash: string }): Promise<User | null> {
    return this.db.transaction(async (m) => {
      await m.query(`LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE`);
      const existing: { n: string }[] = await m.query(`SELECT count(*) AS n FROM users`);
      if (Number(existing[0].n) > 0) return null;
      const rows: UserRow[] = await m.query(
        `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, 'admin', $3) RETURNING ${COLUMNS}`,
        [u.email, u.name, u.passwordHash],
      );
      return toUser(rows[0]);
    });
  }

  /**
   * Changes name, role or active flag. When the role or the flag changes, the active admins' rows are locked
   * first (in id order, so two such changes queue instead of deadlocking) and `check` sees the user as it is and
   * how many active admins there are, so two admins demoting each other at once cannot leave none. A
   * deactivation bumps the token version: reactivating the user later does not bring old tokens back.
   */
  async update(
    id: string,
    patch: { name?: string; role?: Role; active?: boolean },
    check: (before: User, activeAdmins: number) => void,
  ): Promise<User | null> {
    return this.db.transaction(async (m) => {
      let activeAdmins = 0;
      if (patch.role !== undefined || patch.active !== undefined) {
        const admins = await rowsOf<{ id: string }>(
          m,
          `SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`,
        );
        activeAdmins = admins.length;
      }
      const before = await rowsOf<UserRow>(m, `SELECT ${COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [id]);
      if (!before[0]) return null;
      check(toUser(before[0]), activeAdmins);
      const { rows } = await mutate<UserRow>(
        m,
        `UPDATE users SET
           name = COALESCE($2, name), role = COALESCE($3, role), active = COALESCE($4, active),
           token_version = token_version + CASE WHEN active AND $4 = false THEN 1 ELSE 0 END,
           updated_at = now()
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, patch.name ?? null, patch.role ?? null, patch.active ?? null],
      );
      return toUser(rows[0]);
    });
  }

  async list(limit: number, cursor?: string): Promise<Page<User>> {
    const after = decodeCursor(cursor, ['instant', 'uuid']);
    const rows: UserRow[] = await this.db.query(
      `SELECT ${COLUMNS}, ${CREATED_KEY} AS created_key FROM users
       WHERE ($1::timestamptz IS NULL OR (created_at, id) > ($1::timestamptz, $2::uuid))
       ORDER BY created_at, id LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    return toPage(rows, limit, toUser, (r) => [r.created_key ?? null, r.id]);
  }

  async listActiveByRole(roles: Role[]): Promise<User[]> {
    const rows: UserRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM users WHERE active AND role = ANY($1) ORDER BY created_at, id`,
      [roles],
    );
    return rows.map(toUser);
  }
}
