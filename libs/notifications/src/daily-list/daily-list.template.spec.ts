import { renderEmail } from '../email/email-document';
import { EmailLinks } from '../email/email-links';
import { DailyListSection } from './daily-list-source';
import { dailyListEmail, dailyListSubject, projectCount } from './daily-list.template';

const section = (title: string, leadIds: (string | null)[]): DailyListSection => ({
  title,
  columns: [{ title: '项目' }, { title: '逾期', align: 'right' }],
  rows: leadIds.map((leadId, i) => ({
    leadId,
    ledgerIds: [`row-${title}-${i}`],
    urgency: i,
    cells: [{ text: `项目${leadId ?? i}`, href: `https://x.cn/leads/${leadId}` }, `逾期${i + 8}天`],
  })),
});

describe('the daily 督办清单', () => {
  it('says the day and how many projects need the person', () => {
    expect(dailyListSubject('2026-12-03', 5)).toBe('【督办清单】12月3日：5个项目需要您关注');
  });

  it('counts a project named in two sections once', () => {
    expect(projectCount([section('逾期', ['a', 'b']), section('督办', ['b', 'c', null])])).toBe(4);
  });

  it('lists every section with its items, in both parts', () => {
    const mail = renderEmail(
      dailyListEmail({
        recipientName: '李强',
        date: '2026-12-03',
        sections: [section('逾期超过7天、需要督促的项目', ['a', 'b'])],
        links: new EmailLinks('https://x.cn'),
      }),
      'li.qiang@luodi.local',
    );
    expect(mail.subject).toBe('【督办清单】12月3日：2个项目需要您关注');
    expect(mail.text).toContain('督办清单 · 12月3日（周四）');
    expect(mail.text).toContain('一、逾期超过7天、需要督促的项目（2项）');
    expect(mail.text).toContain('1. 项目a | 逾期8天\n   https://x.cn/leads/a');
    expect(mail.html).toContain('href="https://x.cn/leads/b"');
  });
});
