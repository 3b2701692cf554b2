import { Decimal } from '@luodi/core';
import {
  formatAmount,
  formatDateRange,
  formatIsoWeek,
  formatIsoWeekRange,
  formatMonthDay,
  formatPercent,
  formatYi,
} from '@luodi/format';
import { Block, EmailDocument, Inline } from '../email/email-document';
import { EmailLinks, LeadListFilter } from '../email/email-links';
import { projectLabel } from '../email/lead-label';
import { BreakdownLine, EventGroup, ZoneDigestData } from './digest-data';

/** Rows shown per group of last week's events; the cockpit has them all. */
export const EVENT_ROWS = 15;

const NUMERALS = '一二三四五六七八九十';

/** `【招商周报】2026年第49周（11月30日—12月6日）`. */
export function zoneDigestSubject(week: string): string {
  return `【招商周报】${formatIsoWeekRange(week)}`;
}

function gapText(gapWan: string): Inline {
  const gap = new Decimal(gapWan);
  if (gap.isZero()) return '与序时进度持平';
  return gap.gt(0)
    ? { text: `领先序时进度${formatYi(gap.toFixed(4))}`, tone: 'green', strong: true }
    : { text: `落后序时进度${formatYi(gap.negated().toFixed(4))}`, tone: 'red', strong: true };
}

function breakdownTable(
  title: string,
  lines: BreakdownLine[],
  filterOf: (code: string) => LeadListFilter,
  links: EmailLinks,
): Block {
  return {
    type: 'table',
    columns: [
      { title },
      { title: '已签约', align: 'right' },
      { title: '目标', align: 'right' },
      { title: '完成率', align: 'right' },
      { title: '项目数', align: 'right' },
    ],
    rows: lines.map((l): Inline[] => [
      { text: l.nameZh, href: links.leads(filterOf(l.code)) },
      formatYi(l.signedWan),
      l.targetWan ? formatYi(l.targetWan) : '未设目标',
      formatPercent(l.ratio),
      `${l.count}个`,
    ]),
  };
}

function eventBlocks(group: EventGroup, links: EmailLinks): Block[] {
  const summary: Block = {
    type: 'paragraph',
    content: [
      { text: group.labelZh, strong: true },
      group.count ? `：${group.count}个，${group.amountLabel}合计${formatAmount(group.amountWan)}` : '：无',
    ],
  };
  if (group.count === 0) return [summary];
  const shown = group.items.slice(0, EVENT_ROWS);
  return [
    summary,
    {
      type: 'table',
      columns: [{ title: '项目' }, { title: '金额', align: 'right' }, { title: '负责人' }, { title: '日期' }],
      rows: shown.map((e): Inline[] => [
        { text: projectLabel(e.companyName, e.projectName), href: links.lead(e.id) },
        formatAmount(e.amountWan),
        e.ownerName,
        formatMonthDay(e.date),
      ]),
      more:
        group.count > shown.length
          ? { text: `另有${group.count - shown.length}个，在驾驶舱查看`, href: links.cockpit() }
          : undefined,
    },
  ];
}

/** The supervisors' and admins' weekly digest: the zone as a director briefs from it. */
export function zoneDigestEmail(data: ZoneDigestData, links: EmailLinks): EmailDocument {
  const { period, progress, year } = data;
  let n = 0;
  const heading = (text: string, note?: string): Block => ({
    type: 'heading',
    text: `${NUMERALS[n++]}、${text}`,
    note,
  });
  const lastWeek = formatDateRange(period.lastWeek.from, period.lastWeek.to);
  const asOf = formatMonthDay(period.asOf);
  const newlySigned = data.newlySigned.count
    ? `${data.newlySigned.count}个项目，${formatAmount(data.newlySigned.amountWan)}`
    : '无';

  const blocks: Block[] = [
    { type: 'paragraph', content: `${data.userName}，您好！` },
    {
      type: 'paragraph',
      content: `本期周报统计上周（${lastWeek}）的项目动态；目标进度、预警和漏斗为截至${asOf}的状态。`,
    },
    heading('目标进度', `${year}年`),
  ];
  if (progress) {
    const percent = progress.ratio ? new Decimal(progress.ratio).times(100).toNumber() : 0;
    blocks.push(
      {
        type: 'progress',
        percent,
        label: `已签约${formatYi(progress.signedWan)}，完成全年目标${formatYi(progress.targetWan)}的${formatPercent(progress.ratio)}`,
      },
      {
        type: 'facts',
        rows: [
          {
            label: '已签约 / 全年目标',
            value: `${formatYi(progress.signedWan)} / ${formatYi(progress.targetWan)}（${progress.signedCount}个项目）`,
          },
          { label: '完成率', value: { text: formatPercent(progress.ratio), strong: true } },
          {
            label: '序时进度',
            value: `${formatPercent(progress.expectedRatio)}（应完成${formatYi(progress.expectedWan)}）`,
          },
          { label: '与序时进度比', value: gapText(progress.gapWan) },
          { label: '上周新增签约', value: newlySigned },
          ...(progress.yardsticks ?? []).map((y) => ({
            label: y.labelZh,
            value: `${formatYi(y.actualWan)} / ${formatYi(y.targetWan)}（${formatPercent(y.ratio)}，序时应完成${formatYi(y.expectedWan)}）`,
          })),
        ],
      },
    );
  } else {
    blocks.push(
      { type: 'paragraph', content: `${year}年尚未设置签约目标，管理员设置后周报将显示完成率和序时进度。` },
      { type: 'facts', rows: [{ label: '上周新增签约', value: newlySigned }] },
    );
  }

  blocks.push(heading('上周动态', lastWeek), ...data.events.flatMap((g) => eventBlocks(g, links)));

  blocks.push(heading('分赛道、分园区签约进度', `${year}年`));
  if (progress) {
    blocks.push(
      breakdownTable('赛道', data.byTrack, (track) => ({ track }), links),
      breakdownTable('园区', data.byPark, (park) => ({ park }), links),
    );
  } else {
    blocks.push({ type: 'paragraph', content: '尚未设置本年度目标。', muted: true });
  }

  const w = data.warnings;
  blocks.push(
    heading('预警', `截至${asOf}`),
    {
      type: 'facts',
      rows: [
        {
          label: '红灯（已逾期）',
          value: { text: `${w.red}个`, href: links.leads({ warning: 'red' }) },
        },
        {
          label: '黄灯（临近期限、久无跟进或问题久拖未决）',
          value: { text: `${w.yellow}个`, href: links.leads({ warning: 'yellow' }) },
        },
        { label: '绿灯', value: { text: `${w.green}个`, href: links.leads({ warning: 'green' }) } },
      ],
    },
    {
      type: 'paragraph',
      content: data.mostOverdue.length
        ? `逾期最久的${data.mostOverdue.length}个项目：`
        : '目前没有逾期项目。',
    },
  );
  if (data.mostOverdue.length) {
    blocks.push({
      type: 'table',
      columns: [
        { title: '项目' },
        { title: '阶段' },
        { title: '负责人' },
        { title: '包联领导' },
        { title: '逾期', align: 'right' },
      ],
      rows: data.mostOverdue.map((o): Inline[] => [
        { text: projectLabel(o.companyName, o.projectName), href: links.lead(o.id) },
        o.stageNameZh,
        o.ownerName,
        o.leaderName ?? '未指定',
        { text: `${o.daysOverdue}天`, tone: 'red', strong: true },
      ]),
      more: { text: `查看全部${w.red}个逾期项目`, href: links.leads({ overdue: 'true' }) },
    });
  }

  if (data.problems) {
    // 问题台账与督办 (issue 14)
    const pr = data.problems;
    blocks.push(heading('问题与督办', `截至${asOf}`), {
      type: 'facts',
      rows: [
        { label: '未办结问题', value: `${pr.openProblems}个` },
        {
          label: '其中逾期',
          value: { text: `${pr.overdueProblems}个`, tone: pr.overdueProblems ? 'red' : undefined },
        },
        {
          label: '逾期督办',
          value: { text: `${pr.overdueOrders}件`, tone: pr.overdueOrders ? 'red' : undefined },
        },
      ],
    });
  }

  const f = data.funnel;
  blocks.push(heading('本年项目漏斗', `${formatMonthDay(f.from)}以来新建的${f.total}个项目`), {
    type: 'table',
    columns: [
      { title: '阶段' },
      { title: '到达', align: 'right' },
      { title: '金额', align: 'right' },
      { title: '较上一阶段', align: 'right' },
      { title: '停留天数中位数', align: 'right' },
    ],
    rows: f.stages.map((s): Inline[] => [
      s.stageNameZh,
      `${s.reached}个`,
      formatYi(s.amountWan),
      formatPercent(s.conversion),
      s.medianDays === null ? '—' : `${s.medianDays}天`,
    ]),
  });
  const stall: Inline = f.stall
    ? [
        '转化最低的环节是',
        {
          text: `${f.stall.fromNameZh}→${f.stall.toNameZh}（${formatPercent(f.stall.conversion)}）`,
          strong: true,
        },
        `，项目多停留在${f.stall.fromNameZh}阶段。`,
      ]
    : '本年新建项目尚不足以计算转化率。';
  blocks.push({
    type: 'paragraph',
    content: [...(Array.isArray(stall) ? stall : [stall]), f.lost ? `另有${f.lost}个项目已终止。` : ''],
  });

  blocks.push({ type: 'button', text: '打开驾驶舱', href: links.cockpit() });
  return {
    subject: zoneDigestSubject(period.week),
    title: `全区招商周报 · ${formatIsoWeek(period.week)}`,
    blocks,
  };
}
