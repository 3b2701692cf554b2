import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, Page, rowsOf, sqlParams, toPage } from '@luodi/core';
import { Role } from './user';

/** What any signed-in user may know of another: for pickers, and to show names instead of ids. */
export interface DirectoryEntry {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

export interface DirectoryQuery {
  /** Substring of the name. */
  q?: string;
  role?: Role;
  /** Only active users (the default for pickers); ignored when `ids` is given. */
  activeOnly: boolean;
  /** Exactly these users, active or not (to name the people on a page). */
  ids?: string[];
}

/**
 * The user directory, by name then id (keyset-paged), searchable by name with the trigram index; sized for a
 * national deployment's ~100k users, so it never returns everyone at once.
 */
@Injectable()
export class UserDirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: DirectoryQuery, limit: number, cursor?: string): Promise<Page<DirectoryEntry>> {
    const after = decodeCursor(cursor, ['text', 'uuid']);
    const { params, p } = sqlParams();
    const where: string[] = [];
    if (query.ids) where.push(`id = ANY(${p(query.ids)}::uuid[])`);
    else if (query.activeOnly) where.push('active');
    if (query.role) where.push(`role = ${p(query.role)}`);
    if (query.q)
      where.push(`name ILIKE ${p(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`);
    if (after) where.push(`(name, id) > (${p(after[0])}, ${p(after[1])}::uuid)`);
    const rows = await rowsOf<DirectoryEntry>(
      this.db,
      `SELECT id, name, role, active FROM users ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY name, id LIMIT ${p(limit + 1)}`,
      params,
    );
    return toPage(
      rows,
      limit,
      (r) => r,
      (r) => [r.name, r.id],
    );
  }
}
