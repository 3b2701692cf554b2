import { daysBetween } from '@luodi/core';
import {
  formatDateRange,
  formatIsoWeek,
  formatIsoWeekRange,
  formatMonthDay,
  formatWeekday,
} from '@luodi/format';
import { Block, EmailDocument, Inline } from '../email/email-document';
import { EmailLinks } from '../email/email-links';
import { projectLabel } from '../email/lead-label';
import { StaffDigestData, StaffLead } from './digest-data';

/** Rows shown per section; the rest are one click away in the lead list. */
export const STAFF_SECTION_ROWS = 30;
const SUMMARY_CHARS = 60;

const NUMERALS = '一二三四五六七八九十';

/** `【我的本周项目】2026年第49周（11月30日—12月6日）：2个已逾期、3个本周到期`. */
export function staffDigestSubject(data: StaffDigestData): string {
  const counts = [
    data.overdue.length ? `${data.overdue.length}个已逾期` : '',
    data.dueSoon.length ? `${data.dueSoon.length}个本周到期` : '',
  ].filter(Boolean);
  return `【我的本周项目】${formatIsoWeekRange(data.period.week)}${counts.length ? `：${counts.join('、')}` : ''}`;
}

const dayWithWeekday = (date: string) => `${formatMonthDay(date)}（${formatWeekday(date)}）`;

function leadCell(lead: StaffLead, links: EmailLinks): Inline {
  return { text: projectLabel(lead.companyName, lead.projectName), href: links.lead(lead.id) };
}

function truncate(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/** A staff member's weekly digest: their open leads only, each in one section. */
export function staffDigestEmail(data: StaffDigestData, links: EmailLinks): EmailDocument {
  const { period } = data;
  const mine = links.leads({ ownerId: 'me' });
  const openCount = data.pipeline.reduce((n, s) => n + s.count, 0);
  const more = (shown: number, total: number, href: string) =>
    total > shown ? { text: `另有${total - shown}个，查看全部`, href } : undefined;
  let n = 0;
  const heading = (text: string, note: string): Block => ({
    type: 'heading',
    text: `${NUMERALS[n++]}、${text}`,
    note,
  });

  const overdueRows = data.overdue
    .slice(0, STAFF_SECTION_ROWS)
    .map((l): Inline[] => [
      leadCell(l, links),
      l.stageNameZh,
      formatMonthDay(l.stageDeadline ?? ''),
      { text: `逾期${l.daysOverdue}天`, tone: 'red', strong: true },
      l.followUpOn ? formatMonthDay(l.followUpOn) : '—',
    ]);
  const dueRows = data.dueSoon
    .slice(0, STAFF_SECTION_ROWS)
    .map((l): Inline[] => [
      leadCell(l, links),
      l.stageNameZh,
      dayWithWeekday(l.stageDeadline ?? ''),
      { text: l.daysLeft === 0 ? '今天到期' : `还有${l.daysLeft}天`, tone: 'amber', strong: true },
    ]);
  const followRows = data.followUps.slice(0, STAFF_SECTION_ROWS).map((l): Inline[] => {
    const days = daysBetween(period.asOf, l.followUpOn ?? period.asOf);
    const status: Inline =
      days < 0
        ? { text: `已错过${-days}天`, tone: 'red' }
        : days === 0
          ? { text: '今天', tone: 'amber' }
          : `${days}天后`;
    return [leadCell(l, links), l.stageNameZh, dayWithWeekday(l.followUpOn ?? period.asOf), status];
  });
  const loggedRows = data.logged.map((a): Inline[] => [
    formatMonthDay(a.date),
    { text: projectLabel(a.companyName, a.projectName), href: links.lead(a.leadId) },
    a.kindZh,
    truncate(a.summary, SUMMARY_CHARS),
  ]);

  const blocks: Block[] = [
    { type: 'paragraph', content: `${data.userName}，您好！` },
    {
      type: 'paragraph',
      content: `以下是您负责的在办项目，状态截至${formatMonthDay(period.asOf)}；已投产和已终止的项目不列入。`,
    },
    {
      type: 'facts',
      rows: [
        {
          label: '在办项目',
          value: [
            { text: `${openCount}个`, href: mine },
            data.pipeline.length
              ? `（${data.pipeline.map((s) => `${s.stageNameZh}${s.count}个`).join('、')}）`
              : '',
          ],
        },
        {
          label: '已逾期',
          value: { text: `${data.overdue.length}个`, tone: data.overdue.length ? 'red' : 'green' },
        },
        { label: '本周到期', value: `${data.dueSoon.length}个` },
        { label: '待跟进', value: `${data.followUps.length}个` },
      ],
    },
    heading('已逾期', `${data.overdue.length}个`),
    {
      type: 'table',
      columns: [
        { title: '项目' },
        { title: '阶段' },
        { title: '阶段期限' },
        { title: '逾期', align: 'right' },
        { title: '下次跟进' },
      ],
      rows: overdueRows,
      empty: '没有逾期项目。',
      more: more(overdueRows.length, data.overdue.length, links.leads({ ownerId: 'me', overdue: 'true' })),
    },
    heading('本周到期', `截至${formatMonthDay(data.until)}，${data.dueSoon.length}个`),
    {
      type: 'table',
      columns: [
        { title: '项目' },
        { title: '阶段' },
        { title: '阶段期限' },
        { title: '剩余', align: 'right' },
      ],
      rows: dueRows,
      empty: '本周没有到期的项目。',
      more: more(dueRows.length, data.dueSoon.length, mine),
    },
    heading(
      '待跟进',
      `${formatMonthDay(data.followUpsSince)}以来错过或${formatMonthDay(data.until)}前到期，${data.followUps.length}个`,
    ),
    {
      type: 'table',
      columns: [{ title: '项目' }, { title: '阶段' }, { title: '跟进日期' }, { title: '状态' }],
      rows: followRows,
      empty: '没有待跟进的项目。',
      more: more(followRows.length, data.followUps.length, mine),
    },
    heading(
      '上周记录',
      `${formatDateRange(period.lastWeek.from, period.lastWeek.to)}，${data.loggedCount}条`,
    ),
    {
      type: 'table',
      columns: [{ title: '日期' }, { title: '项目' }, { title: '方式' }, { title: '摘要' }],
      rows: loggedRows,
      empty: '上周没有洽谈记录。',
      more:
        data.loggedCount > loggedRows.length
          ? { text: `共${data.loggedCount}条，查看我的项目`, href: mine }
          : undefined,
    },
    { type: 'button', text: '打开我的项目', href: mine },
  ];
  return {
    subject: staffDigestSubject(data),
    title: `我的本周项目 · ${formatIsoWeek(period.week)}`,
    blocks,
  };
}
