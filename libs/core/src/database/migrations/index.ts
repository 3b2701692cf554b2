import { Baseline1732700000000 } from './1732700000000-baseline';
import { CockpitReportIndexes1796185319510 } from './1796185319510-cockpit-report-indexes';
import { CompaniesAndChains1796183024184 } from './1796183024184-companies-and-chains';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the same list works from ts sources under
 * Jest and from compiled dist/ in production. New ones: `<date +%s%3N>-<what>.ts`, appended here.
 */
export const MIGRATIONS = [
  Baseline1732700000000,
  CompaniesAndChains1796183024184,
  CockpitReportIndexes1796185319510,
];
