import { Baseline1732700000000 } from './1732700000000-baseline';
import { CockpitReportIndexes1796185319510 } from './1796185319510-cockpit-report-indexes';
import { ProblemsSupervision1796182847428 } from './1796182847428-problems-supervision';
import { SupervisionNotices1796184551546 } from './1796184551546-supervision-notices';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the same list works from ts sources under
 * Jest and from compiled dist/ in production. New ones: `<date +%s%3N>-<what>.ts`, appended here.
 */
export const MIGRATIONS = [
  Baseline1732700000000,
  ProblemsSupervision1796182847428,
  SupervisionNotices1796184551546,
  CockpitReportIndexes1796185319510,
];
