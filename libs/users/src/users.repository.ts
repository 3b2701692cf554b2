import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, mutate, Page, toPage } from '@luodi/core';
import { Role, User } from './user';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  password_hash: string;
  created_at: Date;
  updated_at: Date;
  /** created_at with microseconds, for the pagination cursor (a JS Date keeps only milliseconds). */
  created_key?: string;
}

const COLUMNS = 'id, email, name, role, active, password_hash, created_at, updated_at';
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

  async findWithHashByEmail(email: string): Promise<{ user: User; passwordHash: string } | null> {
    const rows: UserRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return rows[0] ? { user: toUser(rows[0]), passwordHash: rows[0].password_hash } : null;
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

  async update(id: string, patch: { name?: string; role?: Role; active?: boolean }): Promise<User | null> {
    const { rows } = await mutate<UserRow>(
      this.db,
      `UPDATE users SET
         name = COALESCE($2, name), role = COALESCE($3, role), active = COALESCE($4, active), updated_at = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, patch.name ?? null, patch.role ?? null, patch.active ?? null],
    );
    return rows[0] ? toUser(rows[0]) : null;
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
