import { Decimal, formatWan, wanToYi } from '@luodi/core';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import {
  BATCH_LIST_STAGE,
  BATCH_LISTS,
  BatchEntry,
  BatchEvent,
  BatchEventDetail,
  BatchList,
  BatchListView,
  BatchTotals,
  EntryLead,
} from './batch-event';

const ORDER = ['lead', 'signed', 'landed', 'construction', 'production'];

/**
 * Whether a lead had reached a list's stage by `date` (a zone calendar date): it entered that stage on or before
 * the date, and it is now at that stage or further (a lead moved back or lost since does not count).
 */
export function reachedBy(list: BatchList, lead: EntryLead, date: string): string | null {
  const stage = BATCH_LIST_STAGE[list];
  const at =
    stage === 'signed'
      ? lead.signedAt
      : stage === 'construction'
        ? lead.constructionStartedAt
        : lead.productionStartedAt;
  const still = ORDER.indexOf(lead.stage) >= ORDER.indexOf(stage);
  return at !== null && at <= date && still ? at : null;
}

export function entryOf(
  lead: EntryLead,
  list: BatchList,
  expectedOutputWan: string | null,
  date: string,
): BatchEntry {
  const reachedAt = reachedBy(list, lead, date);
  return { ...lead, list, expectedOutputWan, reached: reachedAt !== null, reachedAt };
}

export function totalsOf(entries: BatchEntry[]): BatchTotals {
  const invest = entries.reduce((a, e) => a.plus(e.plannedInvestmentWan), new Decimal(0));
  const output = entries.reduce((a, e) => a.plus(e.expectedOutputWan ?? 0), new Decimal(0));
  return {
    count: entries.length,
    totalInvestmentWan: formatWan(invest),
    totalInvestmentYi: wanToYi(invest),
    expectedOutputWan: formatWan(output),
    expectedOutputYi: wanToYi(output),
    notReached: entries.filter((e) => !e.reached).length,
  };
}

function listView(list: BatchList, entries: BatchEntry[]): BatchListView {
  const mine = entries.filter((e) => e.list === list);
  return {
    list,
    ...totalsOf(mine),
    entries: mine,
    byTrack: TRACK_CODES.map((track) => ({ track, ...totalsOf(mine.filter((e) => e.track === track)) })),
    byPark: [...PARK_CODES, null].map((park) => ({ park, ...totalsOf(mine.filter((e) => e.park === park)) })),
  };
}

/** The event page: the three lists with their checks and totals by track and park, and the event's totals. */
export function eventDetail(event: BatchEvent, entries: BatchEntry[]): BatchEventDetail {
  const [signing, construction, production] = BATCH_LISTS.map((l) => listView(l, entries));
  return { ...event, signing, construction, production, totals: totalsOf(entries) };
}
