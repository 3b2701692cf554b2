import { CalendarDate, daysBetween } from '@luodi/core';
import { emailLayout, escapeHtml } from './html';
import { OutgoingEmail } from './mailer.service';
import { NotificationKind } from './notification';

export interface ReminderEmailInput {
  kind: NotificationKind;
  to: string;
  lead: {
    id: string;
    companyName: string;
    projectName: string;
    stageNameZh: string;
    stageDeadline: CalendarDate;
    ownerName: string;
  };
  today: CalendarDate;
  appBaseUrl: string;
}

/** A stage-deadline reminder: Chinese HTML with a plain-text part, and a link to the lead. */
export function renderReminderEmail(input: ReminderEmailInput): OutgoingEmail {
  const { lead, kind } = input;
  const daysLeft = daysBetween(input.today, lead.stageDeadline);
  const when = daysLeft > 0 ? `剩余 ${daysLeft} 天` : daysLeft === 0 ? '今天到期' : `已逾期 ${-daysLeft} 天`;
  const title =
    kind === 'due_soon' ? '项目阶段即将到期' : kind === 'overdue' ? '项目阶段已逾期' : '逾期项目督办提醒';
  const intro =
    kind === 'escalation'
      ? `以下项目已逾期超过 7 天，请作为包联领导/督查督促推进（负责人：${lead.ownerName}）。`
      : kind === 'overdue'
        ? '您负责的以下项目已超过当前阶段期限，请尽快推进或申请调整期限。'
        : '您负责的以下项目当前阶段即将到期，请及时推进。';
  const link = `${input.appBaseUrl}/leads/${lead.id}`;
  const subject = `【落地】${title}：${lead.projectName}（${when}）`;
  const fields: [string, string][] = [
    ['企业名称', lead.companyName],
    ['项目名称', lead.projectName],
    ['当前阶段', lead.stageNameZh],
    ['阶段期限', lead.stageDeadline],
    ['状态', when],
  ];
  const rows = fields
    .map(
      ([k, v]) =>
        `<tr><td style="padding:6px 8px;color:#666;width:96px">${escapeHtml(k)}</td><td style="padding:6px 8px">${escapeHtml(v)}</td></tr>`,
    )
    .join('');
  const html = emailLayout(
    title,
    `<p>${escapeHtml(intro)}</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:14px">${rows}</table>
<p style="margin-top:16px"><a href="${escapeHtml(link)}" style="background:#b71c1c;color:#fff;padding:8px 16px;text-decoration:none">查看项目</a></p>`,
  );
  const text = [title, '', intro, '', ...fields.map(([k, v]) => `${k}：${v}`), '', `查看项目：${link}`].join(
    '\n',
  );
  return { to: input.to, subject, html, text };
}
