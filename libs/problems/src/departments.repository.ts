import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow, mutate, rowsOf } from '@luodi/core';
import { Department } from './problem';

const COLUMNS = `id, name, active,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;

/** The 责任单位 list admins keep. */
@Injectable()
export class DepartmentsRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  list(activeOnly: boolean): Promise<Department[]> {
    return rowsOf<Department>(
      this.db,
      `SELECT ${COLUMNS} FROM departments ${activeOnly ? 'WHERE active' : ''} ORDER BY active DESC, name, id`,
    );
  }

  find(id: string): Promise<Department | null> {
    return firstRow<Department>(this.db, `SELECT ${COLUMNS} FROM departments WHERE id = $1`, [id]);
  }

  /** Null when the name is taken. */
  insert(name: string): Promise<Department | null> {
    return firstRow<Department>(
      this.db,
      `INSERT INTO departments (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING ${COLUMNS}`,
      [name],
    );
  }

  async update(id: string, patch: { name?: string; active?: boolean }): Promise<Department | null> {
    const { rows } = await mutate<Department>(
      this.db,
      `UPDATE departments SET name = coalesce($2, name), active = coalesce($3, active), updated_at = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, patch.name ?? null, patch.active ?? null],
    );
    return rows[0] ?? null;
  }
}
