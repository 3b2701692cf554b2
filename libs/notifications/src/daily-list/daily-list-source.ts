import { DiscoveryService } from '@nestjs/core';
import type { CalendarDate } from '@luodi/core';
import type { Column, Inline } from '../email/email-document';
import type { EmailLinks } from '../email/email-links';
import type { CarriedRow } from '../ledger/notification-ledger.repository';
import type { NotificationKind } from '../notification';

/**
 * The daily 督办清单 is composed from item sources. A source owns some notification kinds (today: `escalation`;
 * issue 14 adds supervision orders and overdue problems): rows of those kinds are recorded in the ledger one by
 * one as usual (each once, by its dedupe key), are never sent on their own, and reach their recipient in that
 * person's next daily list, which marks them delivered.
 *
 * To add a source: a provider class decorated with `@DailyListSource({ order })` that implements
 * `DailyListItemSource`, registered in any module of the app. The list finds it by discovery; nothing else changes.
 */
export const DailyListSource = DiscoveryService.createDecorator<{ order: number }>();

export interface DailyListContext {
  /** The zone date the items are judged on (days overdue, due dates). */
  today: CalendarDate;
  links: EmailLinks;
}

/** One line of a section: the project it is about, the ledger rows it delivers, and its cells. */
export interface DailyListRow {
  leadId: string | null;
  ledgerIds: string[];
  cells: Inline[];
  /** Higher first within the section (e.g. days overdue). */
  urgency: number;
}

export interface DailyListSection {
  title: string;
  columns: Column[];
  rows: DailyListRow[];
  more?: { text: string; href: string };
}

export interface DailyListContribution {
  /** Null when none of the rows still applies. */
  section: DailyListSection | null;
  /** Rows that no longer apply (the lead moved on): recorded as skipped, never sent. */
  stale: { ids: string[]; reason: string }[];
}

export interface DailyListItemSource {
  /** The notification kinds this source delivers through the daily list. */
  readonly kinds: readonly NotificationKind[];
  /** Turns the person's owed rows of these kinds into one section of their list. */
  contribute(rows: CarriedRow[], context: DailyListContext): Promise<DailyListContribution>;
}
