import { CalendarDate, daysBetween } from '@luodi/core';
import { formatDate, formatWeekday } from '@luodi/format';
import { EmailDocument } from '../email/email-document';
import { EmailLinks } from '../email/email-links';
import { deadlinePhrase, projectLabel } from '../email/lead-label';

export interface ReminderEmailInput {
  recipientName: string;
  lead: {
    id: string;
    companyName: string;
    projectName: string;
    stageNameZh: string;
    stageDeadline: CalendarDate;
    ownerName: string;
  };
  today: CalendarDate;
  links: EmailLinks;
}

/** `【到期提醒】太重轨道·风电主轴生产线：落地阶段将于3天后到期`, or `【逾期提醒】…：落地阶段已逾期1天`. */
export function reminderSubject(lead: ReminderEmailInput['lead'], today: CalendarDate): string {
  const daysLeft = daysBetween(today, lead.stageDeadline);
  const tag = daysLeft >= 0 ? '【到期提醒】' : '【逾期提醒】';
  return `${tag}${projectLabel(lead.companyName, lead.projectName)}：${lead.stageNameZh}阶段${deadlinePhrase(daysLeft)}`;
}

/**
 * A stage-deadline reminder to the project's owner (7 days and 1 day before the deadline, and the day after it).
 * Whether it reads as "due" or "overdue" follows the days left on the day it is sent.
 */
export function reminderEmail(input: ReminderEmailInput): EmailDocument {
  const { lead, today, links } = input;
  const daysLeft = daysBetween(today, lead.stageDeadline);
  const overdue = daysLeft < 0;
  const deadline = `${formatDate(lead.stageDeadline)}（${formatWeekday(lead.stageDeadline)}）`;
  const status = overdue ? `已逾期${-daysLeft}天` : daysLeft === 0 ? '今天到期' : `还有${daysLeft}天`;
  return {
    subject: reminderSubject(lead, today),
    title: overdue ? '项目阶段逾期提醒' : '项目阶段到期提醒',
    blocks: [
      { type: 'paragraph', content: `${input.recipientName}，您好！` },
      {
        type: 'paragraph',
        content: overdue
          ? [
              `您负责的项目已超过${lead.stageNameZh}阶段的期限`,
              { text: `${-daysLeft}天`, tone: 'red', strong: true },
              '，请尽快推进；确需延期的，请与分管领导商定新的期限。',
            ]
          : [
              `您负责的项目${lead.stageNameZh}阶段${deadlinePhrase(daysLeft)}，请及时推进`,
              '；确需延期的，请与分管领导商定新的期限。',
            ],
      },
      {
        type: 'facts',
        rows: [
          { label: '企业名称', value: lead.companyName },
          { label: '项目名称', value: lead.projectName },
          { label: '当前阶段', value: lead.stageNameZh },
          { label: '阶段期限', value: deadline },
          { label: '状态', value: { text: status, tone: overdue ? 'red' : 'amber', strong: true } },
          { label: '负责人', value: lead.ownerName },
        ],
      },
      { type: 'button', text: '查看项目', href: links.lead(lead.id) },
    ],
  };
}
