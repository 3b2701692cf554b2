import { Baseline1732700000000 } from './1732700000000-baseline';
import { LeadPlans1796182843019 } from './1796182843019-lead-plans';
import { CompaniesAndChains1796183024184 } from './1796183024184-companies-and-chains';
import { LeadNameBigrams1796183067813 } from './1796183067813-lead-name-bigrams';
import { YearlyYardsticksAndResults1796183730633 } from './1796183730633-yearly-yardsticks-and-results';
import { FunnelSummaryDeltas1796183861777 } from './1796183861777-funnel-summary-deltas';
import { OverdueMonthCounts1796184183728 } from './1796184183728-overdue-month-counts';
import { BatchEvents1796184500850 } from './1796184500850-batch-events';
import { CockpitReportIndexes1796185319510 } from './1796185319510-cockpit-report-indexes';
import { CockpitSummaries1796193987149 } from './1796193987149-cockpit-summaries';
import { CockpitTrackIndexes1796196892561 } from './1796196892561-cockpit-track-indexes';
import { LeadListIndexes1796195767257 } from './1796195767257-lead-list-indexes';
import { LeadRecentActivityIndex1796198781845 } from './1796198781845-lead-recent-activity-index';
import { ProblemsSupervision1796182847428 } from './1796182847428-problems-supervision';
import { SupervisionNotices1796184551546 } from './1796184551546-supervision-notices';
import { CompanySimilarFunction1796193515693 } from './1796193515693-company-similar-function';

import { LiveLeadEvents1796200873343 } from './1796200873343-live-lead-events';
import { CompanySimilarBounded1796204533041 } from './1796204533041-company-similar-bounded';
import { LeadTrackStageIndex1796205095024 } from './1796205095024-lead-track-stage-index';
import { BatchCoveringIndexes1796205492049 } from './1796205492049-batch-covering-indexes';
import { InvestmentYearsYearIndex1796209628676 } from './1796209628676-investment-years-year-index';
import { FunnelFactsNewLead1796211899639 } from './1796211899639-funnel-facts-new-lead';
import { LeadCreateCheaper1796216311720 } from './1796216311720-lead-create-cheaper';
import { FunnelRefreshPlannedOnce1796227873617 } from './1796227873617-funnel-refresh-planned-once';
import { CompanyNameLookupIndex1796227902279 } from './1796227902279-company-name-lookup-index';
import { InvestmentYearTotals1796279131020 } from './1796279131020-investment-year-totals';
import { LostReasonMonths1796279667152 } from './1796279667152-lost-reason-months';
/**
 * Every migration, in order. Listed explicitly (not globbed) so the same list works from ts sources under
 * Jest and from compiled dist/ in production. New ones: `<date +%s%3N>-<what>.ts`, appended here.
 */
export const MIGRATIONS = [
  Baseline1732700000000,
  LeadPlans1796182843019,
  ProblemsSupervision1796182847428,
  CompaniesAndChains1796183024184,
  LeadNameBigrams1796183067813,
  YearlyYardsticksAndResults1796183730633,
  FunnelSummaryDeltas1796183861777,
  OverdueMonthCounts1796184183728,
  BatchEvents1796184500850,
  SupervisionNotices1796184551546,
  CockpitReportIndexes1796185319510,
  CompanySimilarFunction1796193515693,
  CockpitSummaries1796193987149,
  LeadListIndexes1796195767257,
  CockpitTrackIndexes1796196892561,
  LeadRecentActivityIndex1796198781845,
  LiveLeadEvents1796200873343,
  CompanySimilarBounded1796204533041,
  LeadTrackStageIndex1796205095024,
  BatchCoveringIndexes1796205492049,
  InvestmentYearsYearIndex1796209628676,
  FunnelFactsNewLead1796211899639,
  LeadCreateCheaper1796216311720,
  FunnelRefreshPlannedOnce1796227873617,
  CompanyNameLookupIndex1796227902279,
  InvestmentYearTotals1796279131020,
  LostReasonMonths1796279667152,
];
