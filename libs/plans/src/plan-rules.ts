import { FieldError, parseWan, tr } from '@luodi/core';
import { PlanInput, PlanValues } from './plan';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Why a month is refused (in the current language). */
export function monthMessage(): string {
  return tr('须为月份，格式 YYYY-MM（2000至2100年）', 'must be a month YYYY-MM (2000 to 2100)');
}

/** A month `YYYY-MM` between 2000 and 2100. */
export function isPlanMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = MONTH.exec(value);
  return m !== null && m[1] >= '2000' && m[1] <= '2100';
}

/**
 * Checks a plan as a whole: the amount by the money rules, the months' shape, and production not before the start.
 * Returns the values to write, or every bad field (so a rejected request writes nothing).
 */
export function checkPlan(input: PlanInput): { values: PlanValues } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const amount = parseWan(input.plannedInvestmentWan);
  if ('error' in amount) errors.push({ field: 'plannedInvestmentWan', message: amount.error });
  const start = input.plannedStartMonth ?? null;
  const production = input.plannedProductionMonth ?? null;
  if (start !== null && !isPlanMonth(start))
    errors.push({ field: 'plannedStartMonth', message: monthMessage() });
  if (production !== null && !isPlanMonth(production)) {
    errors.push({ field: 'plannedProductionMonth', message: monthMessage() });
  } else if (start !== null && production !== null && isPlanMonth(start) && production < start) {
    errors.push({
      field: 'plannedProductionMonth',
      message: tr('计划投产月份不能早于计划开工月份', 'must not be before the planned start month'),
    });
  }
  if (errors.length > 0 || 'error' in amount) return { errors };
  return {
    values: {
      plannedInvestmentWan: amount.value,
      plannedStartMonth: start,
      plannedProductionMonth: production,
      buildType: input.buildType,
      category: input.category,
      provincialKey: input.provincialKey,
    },
  };
}
