import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow, rowsOf } from '@luodi/core';
import { Target } from './target';

interface TargetRow {
  year: number;
  signed_amount_wan: string;
  investment_wan: string | null;
  new_output_wan: string | null;
  updated_at: Date;
  updated_by: string | null;
  breakdowns: { dimension: 'track' | 'park' | 'owner'; key: string; amount_wan: string }[] | null;
}

export interface TargetWrite {
  year: number;
  signedAmountWan: string;
  byTrack: Record<string, string>;
  byPark: Record<string, string>;
  byOwner: Record<string, string>;
  investmentWan: string | null;
  newOutputWan: string | null;
  updatedBy: string | null;
}

function toTarget(r: TargetRow): Target {
  const target: Target = {
    year: r.year,
    signedAmountWan: r.signed_amount_wan,
    byTrack: {},
    byPark: {},
    byOwner: {},
    investmentWan: r.investment_wan,
    newOutputWan: r.new_output_wan,
    updatedAt: r.updated_at.toISOString(),
    updatedBy: r.updated_by,
  };
  const bucket = { track: target.byTrack, park: target.byPark, owner: target.byOwner };
  for (const b of r.breakdowns ?? []) bucket[b.dimension][b.key] = b.amount_wan;
  return target;
}

@Injectable()
export class TargetsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(year: number): Promise<Target | null> {
    const row = await firstRow<TargetRow>(
      this.db,
      // amount_wan::text keeps the exact numeric (json_build_object would turn it into a JSON number).
      `SELECT t.year, t.signed_amount_wan, t.investment_wan::text AS investment_wan,
              t.new_output_wan::text AS new_output_wan, t.updated_at, t.updated_by,
              (SELECT json_agg(json_build_object('dimension', b.dimension, 'key', b.key,
                                                 'amount_wan', b.amount_wan::text) ORDER BY b.dimension, b.key)
                 FROM target_breakdowns b WHERE b.year = t.year) AS breakdowns
         FROM targets t WHERE t.year = $1`,
      [year],
    );
    return row ? toTarget(row) : null;
  }

  /** Upserts the year's target and replaces its breakdowns, in one transaction. Returns true when created. */
  async save(t: TargetWrite): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const [row] = await rowsOf<{ created: boolean }>(
        m,
        `INSERT INTO targets (year, signed_amount_wan, updated_by, investment_wan, new_output_wan)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (year) DO UPDATE
           SET signed_amount_wan = EXCLUDED.signed_amount_wan, updated_by = EXCLUDED.updated_by, updated_at = now(),
               investment_wan = EXCLUDED.investment_wan, new_output_wan = EXCLUDED.new_output_wan
         RETURNING (xmax = 0) AS created`,
        [t.year, t.signedAmountWan, t.updatedBy, t.investmentWan, t.newOutputWan],
      );
      await m.query(`DELETE FROM target_breakdowns WHERE year = $1`, [t.year]);
      const dims: string[] = [];
      const keys: string[] = [];
      const amounts: string[] = [];
      for (const [dimension, map] of [
        ['track', t.byTrack],
        ['park', t.byPark],
        ['owner', t.byOwner],
      ] as const) {
        for (const [key, amount] of Object.entries(map)) {
          dims.push(dimension);
          keys.push(key);
          amounts.push(amount);
        }
      }
      if (dims.length > 0) {
        await m.query(
          `INSERT INTO target_breakdowns (year, dimension, key, amount_wan)
           SELECT $1, d, k, a::numeric FROM unnest($2::text[], $3::text[], $4::text[]) AS u(d, k, a)`,
          [t.year, dims, keys, amounts],
        );
      }
      return row.created;
    });
  }

  /**
   * 投资完成额 recorded for months of the year (the triggers' `investment_year_totals`, migration 1796279131020) and
   * 产值 reported for its quarters (投产达效), over all leads.
   */
  async yardstickActuals(year: number): Promise<{ investmentWan: string; newOutputWan: string }> {
    const row = await firstRow<{ investment: string; output: string }>(
      this.db,
      `SELECT COALESCE((SELECT completed_wan FROM investment_year_totals WHERE year = $1), 0)::numeric(20, 4)::text
                AS investment,
              (SELECT COALESCE(sum(output_wan), 0) FROM lead_results WHERE year = $1)::numeric(20, 4)::text AS output`,
      [year],
    );
    return { investmentWan: row!.investment, newOutputWan: row!.output };
  }
}
