import { formatMonthDay, formatWeekday } from '@luodi/format';
import { Block, EmailDocument } from '../email/email-document';
import { EmailLinks } from '../email/email-links';
import { DailyListSection } from './daily-list-source';

export interface DailyListEmailInput {
  recipientName: string;
  /** The zone date the list is for. */
  date: string;
  sections: DailyListSection[];
  links: EmailLinks;
}

/** How many projects a list names (a project in two sections counts once). */
export function projectCount(sections: DailyListSection[]): number {
  const ids = new Set<string>();
  let unnamed = 0;
  for (const s of sections)
    for (const r of s.rows) {
      if (r.leadId) ids.add(r.leadId);
      else unnamed += 1;
    }
  return ids.size + unnamed;
}

/** `【督办清单】12月3日：5个项目需要您关注`. */
export function dailyListSubject(date: string, projects: number): string {
  return `【督办清单】${formatMonthDay(date)}：${projects}个项目需要您关注`;
}

/** The daily 督办清单: every item that needs this person today, one section per source. */
export function dailyListEmail(input: DailyListEmailInput): EmailDocument {
  const projects = projectCount(input.sections);
  const day = `${formatMonthDay(input.date)}（${formatWeekday(input.date)}）`;
  const blocks: Block[] = [
    { type: 'paragraph', content: `${input.recipientName}，您好！` },
    {
      type: 'paragraph',
      content: [
        `截至${formatMonthDay(input.date)}，以下`,
        { text: `${projects}个项目`, strong: true },
        '需要您督促推进：',
      ],
    },
  ];
  input.sections.forEach((section, i) => {
    blocks.push(
      {
        type: 'heading',
        text: `${'一二三四五六七八九十'[i] ?? i + 1}、${section.title}`,
        note: `${section.rows.length}项`,
      },
      {
        type: 'table',
        columns: section.columns,
        rows: section.rows.map((r) => r.cells),
        more: section.more,
      },
    );
  });
  blocks.push({ type: 'button', text: '登录落地系统处理', href: input.links.home() });
  return {
    subject: dailyListSubject(input.date, projects),
    title: `督办清单 · ${day}`,
    blocks,
  };
}
