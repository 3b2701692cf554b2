/** 三个一批 events: the three lists a lead may be nominated to, the stage each needs, and their Chinese names. */
export const BATCH_LISTS = ['signing', 'construction', 'production'] as const;
export type BatchList = (typeof BATCH_LISTS)[number];

export const BATCH_LIST_NAMES_ZH: Record<BatchList, string> = {
  signing: '签约一批',
  construction: '开工一批',
  production: '投产一批',
};

/** The stage a lead must have reached for each list. */
export const BATCH_LIST_STAGE: Record<BatchList, 'signed' | 'construction' | 'production'> = {
  signing: 'signed',
  construction: 'construction',
  production: 'production',
};

export interface BatchEvent {
  id: string;
  name: string;
  /** The event's date, `YYYY-MM-DD` in Asia/Shanghai. */
  date: string;
  period: number | null;
  createdBy: string | null;
  createdAt: string;
}

export interface BatchEventSummary extends BatchEvent {
  entries: number;
  notReached: number;
}

/** What the check of an entry needs to know about its lead. */
export interface EntryLead {
  leadId: string;
  projectName: string;
  companyName: string;
  track: string;
  park: string | null;
  stage: string;
  ownerId: string;
  plannedInvestmentWan: string;
  signedAt: string | null;
  constructionStartedAt: string | null;
  productionStartedAt: string | null;
}

export interface BatchEntry extends EntryLead {
  list: BatchList;
  expectedOutputWan: string | null;
  /** Whether the lead had reached the list's stage by the event's date (and is still there or further). */
  reached: boolean;
  /** The date it reached that stage, when it did. */
  reachedAt: string | null;
}

export interface BatchTotals {
  count: number;
  /** 总投资: the leads' planned investment. */
  totalInvestmentWan: string;
  totalInvestmentYi: string;
  /** 预计年产值. */
  expectedOutputWan: string;
  expectedOutputYi: string;
  notReached: number;
}

export interface BatchListView extends BatchTotals {
  list: BatchList;
  entries: BatchEntry[];
  byTrack: (BatchTotals & { track: string })[];
  /** The parks, then `park: null` for leads without one. */
  byPark: (BatchTotals & { park: string | null })[];
}

export interface BatchEventDetail extends BatchEvent {
  signing: BatchListView;
  construction: BatchListView;
  production: BatchListView;
  totals: BatchTotals;
}
