import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rowsOf } from '@luodi/core';

/**
 * The summaries' pending deltas (migrations FunnelSummaryDeltas, OverdueMonthCounts and CockpitSummaries): writers append them
 * without locking a summary row; folding moves them into the folded rows so the summary views stay a few
 * thousand rows to read. Readers are exact whether or not a fold has run.
 */
@Injectable()
export class SummaryFoldRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Folds every pending delta; returns how many delta rows were moved. */
  async fold(): Promise<number> {
    const [row] = await rowsOf<{ moved: number }>(
      this.db,
      `SELECT lead_funnel_fold() + lead_overdue_fold() + lead_cockpit_fold() AS moved`,
    );
    return row.moved;
  }
}
