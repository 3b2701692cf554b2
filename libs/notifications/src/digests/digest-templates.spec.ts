import { renderEmail } from '../email/email-document';
import { EmailLinks } from '../email/email-links';
import { StaffDigestData, ZoneDigestData } from './digest-data';
import { staffDigestEmail } from './staff-digest.template';
import { zoneDigestEmail } from './zone-digest.template';

const links = new EmailLinks('https://x.cn');
const period = {
  week: '2026-W49',
  weekStart: '2026-11-30',
  weekEnd: '2026-12-06',
  lastWeek: { from: '2026-11-23', to: '2026-11-29' },
  asOf: '2026-11-30',
};

function zone(over: Partial<ZoneDigestData> = {}): ZoneDigestData {
  return {
    period,
    userName: '李强',
    year: 2026,
    progress: {
      year: 2026,
      targetWan: '6000000.0000',
      signedWan: '4483501.0000',
      ratio: '0.7473',
      expectedWan: '5506849.3151',
      expectedRatio: '0.9178',
      gapWan: '-1023348.3151',
      signedCount: 120,
    },
    newlySigned: { count: 2, amountWan: '125000.5000' },
    events: [
      {
        labelZh: '签约',
        amountLabel: '签约额',
        count: 2,
        amountWan: '125000.5000',
        items: [
          {
            id: 'a',
            companyName: '太重轨道',
            projectName: '风电主轴生产线',
            amountWan: '120000.0000',
            ownerName: '张伟',
            date: '2026-11-25',
          },
          {
            id: 'b',
            companyName: '晶科能源',
            projectName: '高效光伏组件项目',
            amountWan: '5000.5000',
            ownerName: '王芳',
            date: '2026-11-24',
          },
        ],
      },
      { labelZh: '投产', amountLabel: '投资额', count: 0, amountWan: '0.0000', items: [] },
    ],
    byTrack: [
      {
        code: 'equipment',
        nameZh: '高端装备制造',
        signedWan: '1683500.6234',
        targetWan: '2000000.0000',
        ratio: '0.8418',
        count: 40,
      },
    ],
    byPark: [
      { code: 'xiaohe', nameZh: '潇河园区', signedWan: '0.0000', targetWan: null, ratio: null, count: 0 },
    ],
    warnings: { red: 12, yellow: 30, green: 100 },
    mostOverdue: [
      {
        id: 'c',
        companyName: '烁科晶体',
        projectName: '碳化硅衬底二期',
        stageNameZh: '签约',
        ownerName: '张伟',
        leaderName: null,
        stageDeadline: '2026-10-01',
        daysOverdue: 60,
      },
    ],
    funnel: {
      from: '2026-01-01',
      to: '2026-11-30',
      total: 80,
      lost: 6,
      stages: [
        { stageNameZh: '洽谈', reached: 80, amountWan: '900000.0000', conversion: null, medianDays: 40 },
        { stageNameZh: '签约', reached: 40, amountWan: '500000.0000', conversion: '0.5000', medianDays: 50 },
        {
          stageNameZh: '落地',
          reached: 10,
          amountWan: '100000.0000',
          conversion: '0.2500',
          medianDays: null,
        },
      ],
      stall: { fromNameZh: '签约', toNameZh: '落地', conversion: '0.2500' },
    },
    ...over,
  };
}

describe('the zone digest (全区招商周报)', () => {
  it('names the week with its dates, not as 2026-W49, and no bare 【落地】 prefix', () => {
    const mail = renderEmail(zoneDigestEmail(zone(), links), 'l@x.cn');
    expect(mail.subject).toBe('【招商周报】2026年第49周（11月30日—12月6日）');
    expect(`${mail.subject}${mail.text}`).not.toContain('2026-W49');
    expect(mail.text).not.toContain('【落地】');
  });

  it('writes amounts as a bureau does: 亿元 with two decimals, 万元 with separators below 1亿元', () => {
    const { text, html } = renderEmail(zoneDigestEmail(zone(), links), 'l@x.cn');
    expect(text).toContain('已签约 / 全年目标：448.35亿元 / 600.00亿元（120个项目）');
    expect(text).toContain('完成率：74.7%');
    expect(text).toContain('序时进度：91.8%（应完成550.68亿元）');
    expect(text).toContain('与序时进度比：落后序时进度102.33亿元');
    expect(text).toContain('上周新增签约：2个项目，12.50亿元');
    expect(text).toContain('1. 太重轨道·风电主轴生产线 | 12.00亿元 | 张伟 | 11月25日');
    expect(text).toContain('2. 晶科能源·高效光伏组件项目 | 5,000.5万元 | 王芳 | 11月24日');
    expect(text).toContain('1. 高端装备制造 | 168.35亿元 | 200.00亿元 | 84.2% | 40个');
    expect(text).toContain('1. 潇河园区 | 0.00亿元 | 未设目标 | — | 0个');
    expect(text).toContain('投产：无');
    expect(text).not.toMatch(/\d\.\d{4}/); // never a raw 4-decimal amount
    expect(html).toContain('<td width="75%"');
  });

  it('says whether the zone is ahead of or behind the even pace', () => {
    const ahead = zone();
    ahead.progress = { ...ahead.progress!, gapWan: '35000.0000' };
    expect(renderEmail(zoneDigestEmail(ahead, links), 'l@x.cn').text).toContain('领先序时进度3.50亿元');
  });

  it('shows 投资强度 and 新增产值 against their targets when they are set (issue 16)', () => {
    const withYardsticks = zone();
    withYardsticks.progress = {
      ...withYardsticks.progress!,
      yardsticks: [
        {
          labelZh: '年度投资（投资强度）',
          targetWan: '3000000.0000',
          actualWan: '996000.0000',
          ratio: '0.3320',
          expectedWan: '2753424.6575',
        },
      ],
    };
    expect(renderEmail(zoneDigestEmail(withYardsticks, links), 'l@x.cn').text).toContain(
      '年度投资（投资强度）：99.60亿元 / 300.00亿元（33.2%，序时应完成275.34亿元）',
    );
    expect(renderEmail(zoneDigestEmail(zone(), links), 'l@x.cn').text).not.toContain('投资强度');
  });

  it('names the ten most overdue with owner and 包联领导, and where leads stall', () => {
    const { text } = renderEmail(zoneDigestEmail(zone(), links), 'l@x.cn');
    expect(text).toContain('1. 烁科晶体·碳化硅衬底二期 | 签约 | 张伟 | 未指定 | 60天');
    expect(text).toContain('红灯（已逾期）：12个 https://x.cn/leads?warning=red');
    expect(text).toContain('转化最低的环节是签约→落地（25.0%），项目多停留在签约阶段。另有6个项目已终止。');
    expect(text).toContain('查看全部12个逾期项目：https://x.cn/leads?overdue=true');
  });

  it('says plainly when the year has no target', () => {
    const { text } = renderEmail(
      zoneDigestEmail(zone({ progress: null, byTrack: [], byPark: [] }), links),
      'x',
    );
    expect(text).toContain('2026年尚未设置签约目标');
    expect(text).toContain('上周新增签约：2个项目，12.50亿元');
  });
});

describe('the staff digest (我的本周项目)', () => {
  const data: StaffDigestData = {
    period,
    userName: '张伟',
    until: '2026-12-06',
    followUpsSince: '2026-10-31',
    pipeline: [
      { stageNameZh: '洽谈', count: 3 },
      { stageNameZh: '签约', count: 1 },
    ],
    overdue: [
      {
        id: 'o',
        companyName: '太重轨道',
        projectName: '风电主轴生产线',
        stageNameZh: '签约',
        stageDeadline: '2026-11-20',
        followUpOn: null,
        daysOverdue: 10,
      },
    ],
    dueSoon: [
      {
        id: 'd',
        companyName: '比亚迪',
        projectName: '动力电池生产基地',
        stageNameZh: '洽谈',
        stageDeadline: '2026-12-03',
        followUpOn: '2026-12-01',
        daysLeft: 3,
      },
    ],
    followUps: [
      {
        id: 'f',
        companyName: '泰山玻纤',
        projectName: '玻纤复合材料产线',
        stageNameZh: '洽谈',
        stageDeadline: '2027-02-01',
        followUpOn: '2026-11-25',
      },
    ],
    logged: [
      {
        leadId: 'f',
        companyName: '泰山玻纤',
        projectName: '玻纤复合材料产线',
        date: '2026-11-24',
        kindZh: '走访',
        summary: '与企业负责人商谈用地需求',
      },
    ],
    loggedCount: 1,
  };

  it('lists each lead in its section with dates as an office writes them', () => {
    const mail = renderEmail(staffDigestEmail(data, links), 'z@x.cn');
    expect(mail.subject).toBe('【我的本周项目】2026年第49周（11月30日—12月6日）：1个已逾期、1个本周到期');
    expect(mail.text).toContain('在办项目：4个（洽谈3个、签约1个） https://x.cn/leads?ownerId=me');
    expect(mail.text).toContain('1. 太重轨道·风电主轴生产线 | 签约 | 11月20日 | 逾期10天 | —');
    expect(mail.text).toContain('1. 比亚迪·动力电池生产基地 | 洽谈 | 12月3日（周四） | 还有3天');
    expect(mail.text).toContain('1. 泰山玻纤·玻纤复合材料产线 | 洽谈 | 11月25日（周三） | 已错过5天');
    expect(mail.text).toContain('1. 11月24日 | 泰山玻纤·玻纤复合材料产线 | 走访 | 与企业负责人商谈用地需求');
    expect(mail.text).toContain('四、上周记录（11月23日—11月29日，1条）');
  });
});
