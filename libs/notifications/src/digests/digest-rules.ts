import { CalendarDate, daysBetween, Decimal } from '@luodi/core';
import { DigestEvent, StaffLead, StaffSections } from './digest-data';

/** 1亿元 in 万元: events of this size and more are listed first. */
export const LARGE_PROJECT_WAN = '10000';

/**
 * Puts each of a staff member's open leads in exactly one section, by what needs doing first: past its deadline;
 * else due by `until`; else a follow-up due by `until` or missed since `followUpsSince`. Leads needing none of
 * these are left out.
 */
export function staffSections(
  leads: StaffLead[],
  today: CalendarDate,
  until: CalendarDate,
  followUpsSince: CalendarDate,
): StaffSections {
  const sections: StaffSections = { overdue: [], dueSoon: [], followUps: [] };
  for (const lead of leads) {
    const deadline = lead.stageDeadline;
    if (deadline !== null && deadline < today) {
      sections.overdue.push({ ...lead, daysOverdue: daysBetween(deadline, today) });
    } else if (deadline !== null && deadline <= until) {
      sections.dueSoon.push({ ...lead, daysLeft: daysBetween(today, deadline) });
    } else if (lead.followUpOn !== null && lead.followUpOn >= followUpsSince && lead.followUpOn <= until) {
      sections.followUps.push(lead);
    }
  }
  sections.overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.id.localeCompare(b.id));
  sections.dueSoon.sort((a, b) => a.daysLeft - b.daysLeft || a.id.localeCompare(b.id));
  sections.followUps.sort(
    (a, b) => (a.followUpOn ?? '').localeCompare(b.followUpOn ?? '') || a.id.localeCompare(b.id),
  );
  return sections;
}

/** Projects of 1亿元 and more first (largest first), then the others by date (and largest first on a day). */
export function orderEvents(events: DigestEvent[]): DigestEvent[] {
  const large = (e: DigestEvent) => new Decimal(e.amountWan).gte(LARGE_PROJECT_WAN);
  const byAmount = (a: DigestEvent, b: DigestEvent) => new Decimal(b.amountWan).comparedTo(a.amountWan);
  return [
    ...events.filter(large).sort((a, b) => byAmount(a, b) || a.date.localeCompare(b.date)),
    ...events.filter((e) => !large(e)).sort((a, b) => a.date.localeCompare(b.date) || byAmount(a, b)),
  ];
}

/**
 * Where most leads stall: the step between consecutive stages with the lowest conversion (among steps whose
 * earlier stage was reached at all); the earlier step on a tie. Null when no step has a conversion.
 */
export function stallPoint<T extends { stageNameZh: string; conversion: string | null }>(
  stages: T[],
): { fromNameZh: string; toNameZh: string; conversion: string } | null {
  let worst: { fromNameZh: string; toNameZh: string; conversion: string } | null = null;
  for (let i = 1; i < stages.length; i++) {
    const conversion = stages[i].conversion;
    if (conversion === null) continue;
    if (worst === null || new Decimal(conversion).lt(worst.conversion)) {
      worst = { fromNameZh: stages[i - 1].stageNameZh, toNameZh: stages[i].stageNameZh, conversion };
    }
  }
  return worst;
}
