import { Injectable } from '@nestjs/common';
import { rowsOf, tr, transactionWithRetry, ValidationFailedError } from '@luodi/core';
import { readImportTable } from '@luodi/leads/excel/import/import-table';
import type { User } from '@luodi/users';
import { PlanListFilter, PlanValues } from '../plan';
import { checkPlan } from '../plan-rules';
import { PlansRepository } from '../plans.repository';
import { planFieldOf, planFromRow, planWorkbook, REQUIRED_PLAN_FIELDS } from './plan-sheet';

export interface PlanImportReport {
  /** Plans created or replaced (or that would be, in a dry run). */
  updated: number;
  errors: { row: number; field: string; message: string }[];
}

/** Plans to and from the 发改 office's sheet (one row per project and year). */
@Injectable()
export class PlansExcelService {
  constructor(private readonly plans: PlansRepository) {}

  async export(filter: PlanListFilter): Promise<Buffer> {
    return planWorkbook(filter.year, await this.plans.list(filter, 100_000, null));
  }

  /** Valid rows are written (each plan created or replaced, audited); bad rows are reported, none half-written. */
  async import(file: Buffer, actor: User, dryRun: boolean): Promise<PlanImportReport> {
    const rows = await readImportTable(file, planFieldOf, (fields) => {
      const missing = REQUIRED_PLAN_FIELDS.filter((f) => !fields.includes(f));
      if (missing.length > 0) {
        throw new ValidationFailedError([
          {
            field: 'file',
            message: tr(`缺少列：${missing.join('、')}`, `is missing columns: ${missing.join(', ')}`),
          },
        ]);
      }
    });
    const errors: PlanImportReport['errors'] = [];
    const valid: { leadId: string; year: number; values: PlanValues; row: number }[] = [];
    for (const r of rows) {
      const parsed = planFromRow(r.values);
      if ('errors' in parsed) {
        // The amount and months are checked too, so a row's every bad cell is named at once.
        const cells = checkPlan({
          plannedInvestmentWan: r.values.get('plannedInvestmentWan')?.trim() ?? '',
          plannedStartMonth: r.values.get('plannedStartMonth')?.trim() || null,
          plannedProductionMonth: r.values.get('plannedProductionMonth')?.trim() || null,
          buildType: 'new',
          category: 'industrial',
          provincialKey: false,
        });
        const all = [...parsed.errors, ...('errors' in cells ? cells.errors : [])];
        errors.push(...all.map((e) => ({ row: r.row, ...e })));
        continue;
      }
      const checked = checkPlan(parsed.input);
      if ('errors' in checked) errors.push(...checked.errors.map((e) => ({ row: r.row, ...e })));
      else valid.push({ leadId: parsed.leadId, year: parsed.year, values: checked.values, row: r.row });
    }
    const known = new Set(
      (
        await rowsOf<{ id: string }>(this.plans.db, `SELECT id::text FROM leads WHERE id = ANY($1::uuid[])`, [
          valid.map((v) => v.leadId),
        ])
      ).map((r) => r.id),
    );
    const writable = valid.filter((v) => {
      if (!known.has(v.leadId))
        errors.push({ row: v.row, field: 'leadId', message: tr('项目不存在', 'is not a known lead') });
      return known.has(v.leadId);
    });
    if (!dryRun && writable.length > 0) {
      await transactionWithRetry(this.plans.db, async (tx) => {
        for (const v of writable) {
          await this.plans.upsert(tx, v.leadId, v.year, v.values, actor.id, {
            [`plans.${v.year}.import`]: [null, v.values],
          });
        }
      });
    }
    errors.sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
    return { updated: writable.length, errors };
  }
}
