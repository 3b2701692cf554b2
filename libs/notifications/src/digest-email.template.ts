import { Decimal, formatWan, wanToYi } from '@luodi/core';
import { DigestLead, StaffDigestData, ZoneDigestData } from './digest-data';
import { emailLayout, escapeHtml, heading, htmlTable, progressBar } from './html';
import { OutgoingEmail } from './mailer.service';

function percentOf(ratio: string | null): string {
  return ratio === null ? '—' : `${new Decimal(ratio).times(100).toFixed(1)}%`;
}

function leadLink(appBaseUrl: string, lead: DigestLead): string {
  return `<a href="${escapeHtml(`${appBaseUrl}/leads/${lead.id}`)}">${escapeHtml(lead.projectName)}</a>`;
}

function leadRowsHtml(appBaseUrl: string, leads: DigestLead[], last: (l: DigestLead) => string): string {
  const rows = leads
    .map(
      (l) =>
        `<tr><td style="padding:6px 8px;border-bottom:1px solid #eee">${leadLink(appBaseUrl, l)}</td>` +
        `<td style="padding:6px 8px;border-bottom:1px solid #eee">${escapeHtml(l.companyName)}</td>` +
        `<td style="padding:6px 8px;border-bottom:1px solid #eee">${escapeHtml(l.stageNameZh)}</td>` +
        `<td style="padding:6px 8px;border-bottom:1px solid #eee">${escapeHtml(last(l))}</td></tr>`,
    )
    .join('');
  const head = ['项目', '企业', '阶段', '']
    .map(
      (h) =>
        `<th align="left" style="padding:6px 8px;border-bottom:2px solid #ddd;background:#fafafa">${h}</th>`,
    )
    .join('');
  return leads.length
    ? `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:13px;margin:8px 0 16px"><tr>${head}</tr>${rows}</table>`
    : `<p style="color:#888">无</p>`;
}

function leadLines(leads: DigestLead[], last: (l: DigestLead) => string): string[] {
  return leads.length
    ? leads.map((l) => `- ${l.projectName}（${l.companyName}，${l.stageNameZh}）${last(l)}`)
    : ['无'];
}

/** A staff member's weekly digest (本周工作简报). */
export function renderStaffDigest(data: StaffDigestData, to: string, appBaseUrl: string): OutgoingEmail {
  const title = `${data.week} 周报（${data.weekStart} 至 ${data.weekEnd}）`;
  const deadline = (l: DigestLead) => `期限 ${l.stageDeadline ?? ''}`;
  const overdue = (l: DigestLead) => `逾期 ${l.daysOverdue ?? 0} 天`;
  const followUp = (l: DigestLead) => `跟进日 ${l.followUpOn ?? ''}`;
  const html = emailLayout(
    title,
    `<p>${escapeHtml(data.userName)}，您好！以下是您负责项目的本周概况。</p>
${heading('项目分布（按阶段）')}
${htmlTable(
  ['阶段', '项目数', '金额（万元）'],
  data.pipeline.map((p) => [p.stageNameZh, p.count, formatWan(p.amountWan)]),
)}
${heading(`本周到期（${data.deadlines.length}）`)}
${leadRowsHtml(appBaseUrl, data.deadlines, deadline)}
${heading(`已逾期（${data.overdue.length}）`)}
${leadRowsHtml(appBaseUrl, data.overdue, overdue)}
${heading(`待跟进（${data.followUps.length}）`)}
${leadRowsHtml(appBaseUrl, data.followUps, followUp)}`,
  );
  const text = [
    `落地 · ${title}`,
    '',
    '项目分布（按阶段）：',
    ...data.pipeline.map((p) => `- ${p.stageNameZh}：${p.count} 个，${formatWan(p.amountWan)} 万元`),
    '',
    `本周到期（${data.deadlines.length}）：`,
    ...leadLines(data.deadlines, deadline),
    '',
    `已逾期（${data.overdue.length}）：`,
    ...leadLines(data.overdue, overdue),
    '',
    `待跟进（${data.followUps.length}）：`,
    ...leadLines(data.followUps, followUp),
    '',
    `登录查看：${appBaseUrl}/leads`,
  ].join('\n');
  return { to, subject: `【落地】${title}`, html, text };
}

/** The zone's weekly digest for supervisors and admins (全区招商周报). */
export function renderZoneDigest(data: ZoneDigestData, to: string, appBaseUrl: string): OutgoingEmail {
  const title = `${data.week} 全区招商周报（${data.weekStart} 至 ${data.weekEnd}）`;
  const p = data.progress;
  const percent = p?.ratio ? new Decimal(p.ratio).times(100) : new Decimal(0);
  const progressLabel = p
    ? `已签约 ${wanToYi(p.signedWan)} 亿元 / 目标 ${wanToYi(p.targetWan)} 亿元（${percent.toFixed(1)}%）`
    : '本年度尚未设置签约目标';
  const html = emailLayout(
    title,
    `<p>${escapeHtml(data.userName)}，您好！以下是全区本周招商概况。</p>
${heading(`${p?.year ?? ''} 年签约目标完成进度`)}
${p ? progressBar(percent.toNumber(), progressLabel) : `<p style="color:#888">${escapeHtml(progressLabel)}</p>`}
${heading('项目漏斗（按阶段）')}
${htmlTable(
  ['阶段', '累计到达', '金额（亿元）', '较上一阶段转化率'],
  data.funnel.map((s) => [s.stageNameZh, s.reached, wanToYi(s.amountWan), percentOf(s.conversion)]),
)}
${heading('逾期项目（按负责人）')}
${htmlTable(
  ['负责人', '逾期项目数', '最长逾期（天）'],
  data.overdueByOwner.map((o) => [o.ownerName, o.count, o.maxDaysOverdue]),
)}
${heading(`上周三个一批（${data.lastWeek.from} 至 ${data.lastWeek.to}）`)}
${htmlTable(
  ['批次', '项目数', '金额（亿元）'],
  data.batches.map((b) => [b.labelZh, b.count, wanToYi(b.amountWan)]),
)}`,
  );
  const text = [
    `落地 · ${title}`,
    '',
    `签约目标完成进度：${progressLabel}`,
    '',
    '项目漏斗（按阶段）：',
    ...data.funnel.map(
      (s) =>
        `- ${s.stageNameZh}：${s.reached} 个，${wanToYi(s.amountWan)} 亿元，转化率 ${percentOf(s.conversion)}`,
    ),
    '',
    '逾期项目（按负责人）：',
    ...(data.overdueByOwner.length
      ? data.overdueByOwner.map((o) => `- ${o.ownerName}：${o.count} 个，最长逾期 ${o.maxDaysOverdue} 天`)
      : ['无']),
    '',
    `上周三个一批（${data.lastWeek.from} 至 ${data.lastWeek.to}）：`,
    ...data.batches.map((b) => `- ${b.labelZh}：${b.count} 个，${wanToYi(b.amountWan)} 亿元`),
    '',
    `登录查看：${appBaseUrl}`,
  ].join('\n');
  return { to, subject: `【落地】${title}`, html, text };
}
