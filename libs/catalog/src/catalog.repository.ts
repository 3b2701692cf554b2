import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow, mutate, Queryable } from '@luodi/core';
import { Stage, StageCode, Track, Park } from './catalog';

@Injectable()
export class CatalogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  tracks(): Promise<Track[]> {
    return this.db.query(
      `SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM tracks ORDER BY sort_order`,
    );
  }

  parks(): Promise<Park[]> {
    return this.db.query(
      `SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM parks ORDER BY sort_order`,
    );
  }

  stages(): Promise<Stage[]> {
    return this.db.query(
      `SELECT code, name_zh AS "nameZh", sort_order AS "order", deadline_days AS "deadlineDays"
       FROM stages ORDER BY sort_order`,
    );
  }

  async setDeadlineDays(code: string, deadlineDays: number): Promise<Stage | null> {
    const { rows } = await mutate<Stage>(
      this.db,
      `UPDATE stages SET deadline_days = $2 WHERE code = $1
       RETURNING code, name_zh AS "nameZh", sort_order AS "order", deadline_days AS "deadlineDays"`,
      [code, deadlineDays],
    );
    return rows[0] ?? null;
  }

  /** The stage's default deadline in days (null: none), read in the caller's transaction when it has one. */
  async stageDeadlineDays(stage: StageCode, tx: Queryable = this.db): Promise<number | null> {
    const row = await firstRow<{ deadline_days: number | null }>(
      tx,
      `SELECT deadline_days FROM stages WHERE code = $1`,
      [stage],
    );
    return row?.deadline_days ?? null;
  }
}
