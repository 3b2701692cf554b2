import { InitialSchema1732700000000 } from './1732700000000-initial-schema';
import { LeadListIndexes1732710000000 } from './1732710000000-lead-list-indexes';
import { ReportIndexes1732730000000 } from './1732730000000-report-indexes';
import { LeadFunnelFacts1732730000001 } from './1732730000001-lead-funnel-facts';
import { FunnelFactsPerLead1732740000000 } from './1732740000000-funnel-facts-per-lead';
import { LeadInvestmentYears1732740000001 } from './1732740000001-lead-investment-years';
import { FunnelMonthlySummaries1732740000002 } from './1732740000002-funnel-monthly-summaries';
import { WebWorkspace1732800000000 } from './1732800000000-web-workspace';
import { DailyDubanLists1796158748601 } from './1796158748601-daily-duban-lists';
import { AccountSessions1796200000000 } from './1796200000000-account-sessions';
import { ProblemsSupervision1796182847428 } from './1796182847428-problems-supervision';
import { SupervisionNotices1796184551546 } from './1796184551546-supervision-notices';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the same list works from ts sources under
 * Jest and from compiled dist/ in production.
 */
export const MIGRATIONS = [
  InitialSchema1732700000000,
  LeadListIndexes1732710000000,
  ReportIndexes1732730000000,
  LeadFunnelFacts1732730000001,
  FunnelFactsPerLead1732740000000,
  LeadInvestmentYears1732740000001,
  FunnelMonthlySummaries1732740000002,
  WebWorkspace1732800000000,
  DailyDubanLists1796158748601,
  AccountSessions1796200000000,
  ProblemsSupervision1796182847428,
  SupervisionNotices1796184551546,
];
