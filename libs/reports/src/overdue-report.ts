import { StageCode } from '@luodi/catalog';
import { OverdueLead, OverdueLeader, OverdueOwner } from './report';
import { OverdueGroupRow, OverdueRow } from './overdue.repository';

/**
 * The overdue report's summaries from the grouped rows: owners with the most overdue leads first (then the
 * longest overdue, then by id), 包联领导 the longest overdue first (then the most leads, then by id, none last),
 * and the total, which is the sum over the owners (every overdue lead has exactly one owner).
 */
export function overdueSummary(rows: OverdueGroupRow[]): {
  count: number;
  owners: OverdueOwner[];
  leaders: OverdueLeader[];
} {
  const byId = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  const owners = rows
    .filter((r) => r.by === 'owner' && r.id !== null)
    .sort((a, b) => b.n - a.n || b.max_days - a.max_days || byId(a.id, b.id))
    .map((r) => ({
      ownerId: r.id as string,
      ownerName: r.name,
      count: r.n,
      maxDaysOverdue: Number(r.max_days),
    }));
  const leaders = rows
    .filter((r) => r.by === 'leader')
    .sort((a, b) => b.max_days - a.max_days || b.n - a.n || byId(a.id, b.id))
    .map((r) => ({ leaderId: r.id, leaderName: r.name, count: r.n, maxDaysOverdue: Number(r.max_days) }));
  return { count: owners.reduce((sum, o) => sum + o.count, 0), owners, leaders };
}

/** One overdue lead as the report shows it (always red by the 三色预警 rule). */
export function overdueLead(r: OverdueRow): OverdueLead {
  return {
    id: r.id,
    companyName: r.company_name,
    projectName: r.project_name,
    track: r.track,
    park: r.park,
    stage: r.stage as StageCode,
    stageDeadline: r.stage_deadline,
    daysOverdue: r.days_overdue,
    warning: 'red',
    plannedInvestmentWan: r.planned_investment_wan,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    leaderId: r.leader_id,
    leaderName: r.leader_name,
  };
}
