import { countsAsSignedSql } from '@luodi/catalog';

/**
 * The one definition of "signed amount of a year", shared by targets and reports so they never disagree:
 * a lead counts in the zone year of its `first_signed_at` (its first signing, a zone calendar date, never
 * cleared), while its current stage is `signed` or later; a lead lost after signing drops out (stage `lost`).
 * The amount is `signed_amount_wan`.
 */
export { SIGNED_OR_LATER } from '@luodi/catalog';

/** SQL predicate over `leads` aliased `l`; `$year` is the placeholder of the year parameter. */
export function countsInYearSql(alias: string, yearParam: string): string {
  // A range on the date (not extract(year ...)) so the partial index leads_first_signed_cover_idx is used.
  return `${alias}.first_signed_at >= make_date(${yearParam}::int, 1, 1)
      AND ${alias}.first_signed_at < make_date(${yearParam}::int + 1, 1, 1)
      AND ${countsAsSignedSql(alias)}`;
}

export const MIN_TARGET_YEAR = 2000;
export const MAX_TARGET_YEAR = 2100;
