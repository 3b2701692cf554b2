import { renderZoneDigest } from './digest-email.template';
import { escapeHtml, progressBar } from './html';
import { loadMailSettings } from './mail-settings';
import { renderReminderEmail } from './reminder-email.template';

const lead = {
  id: '00000000-0000-4000-8000-0000000000aa',
  companyName: `泰山玻纤"&<img src=x>`,
  projectName: '高性能玻纤项目',
  stageNameZh: '签约',
  stageDeadline: '2024-04-15',
  ownerName: '张三',
};

describe('email templates', () => {
  it('escapes user text in HTML and keeps it readable in the text part', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const mail = renderReminderEmail({
      kind: 'due_soon',
      to: 'a@b.cn',
      lead,
      today: '2024-04-14',
      appBaseUrl: 'https://x.cn',
    });
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('泰山玻纤&quot;&amp;&lt;img src=x&gt;');
    expect(mail.text).toContain(`企业名称：泰山玻纤"&<img src=x>`);
    expect(mail.subject).toBe('【落地】项目阶段即将到期：高性能玻纤项目（剩余 1 天）');
    expect(mail.text).toContain('https://x.cn/leads/00000000-0000-4000-8000-0000000000aa');
  });

  it('says how many days overdue, and that an escalation goes to the leader', () => {
    const overdue = renderReminderEmail({
      kind: 'overdue',
      to: 'a@b.cn',
      lead,
      today: '2024-04-16',
      appBaseUrl: '',
    });
    expect(overdue.subject).toContain('已逾期 1 天');
    const esc = renderReminderEmail({
      kind: 'escalation',
      to: 'a@b.cn',
      lead,
      today: '2024-04-22',
      appBaseUrl: '',
    });
    expect(esc.subject).toContain('逾期项目督办提醒');
    expect(esc.text).toContain('负责人：张三');
  });

  it('draws the progress bar with table cells, clamped to 0..100', () => {
    expect(progressBar(37.4, 'x')).toContain('<td width="37%"');
    expect(progressBar(37.4, 'x')).toContain('<td width="63%"');
    expect(progressBar(140, 'x')).not.toContain('width="-');
    expect(progressBar(0, 'x')).toContain('<td width="100%" style="background:#e0e0e0');
  });

  it('shows target progress in 亿元 in the zone digest', () => {
    const mail = renderZoneDigest(
      {
        week: '2024-W14',
        weekStart: '2024-04-01',
        weekEnd: '2024-04-07',
        userName: '李四',
        progress: {
          year: 2024,
          targetWan: '6000000.0000',
          signedWan: '1500000.0000',
          ratio: '0.2500',
        } as never,
        funnel: [{ stageNameZh: '洽谈', reached: 4, amountWan: '10000.0000', conversion: null }],
        overdueByOwner: [],
        lastWeek: { from: '2024-03-25', to: '2024-03-31' },
        batches: [{ labelZh: '签约', count: 1, amountWan: '50000.0000' }],
      },
      'l@x.cn',
      'https://x.cn',
    );
    expect(mail.text).toContain('已签约 150.0000 亿元 / 目标 600.0000 亿元（25.0%）');
    expect(mail.html).toContain('<td width="25%"');
    expect(mail.text).toContain('- 签约：1 个，5.0000 亿元');
  });

  it('derives the claim lease from the SMTP timeout and refuses bad values', () => {
    expect(loadMailSettings({ SMTP_TIMEOUT: '10s' })).toMatchObject({
      smtpTimeoutMs: 10_000,
      leaseMs: 42_000,
    });
    expect(() => loadMailSettings({ SMTP_TIMEOUT: '2h' })).toThrow(/SMTP_TIMEOUT/);
    expect(() => loadMailSettings({ MAIL_RETRY_DELAY: 'soon' })).toThrow(/MAIL_RETRY_DELAY/);
  });
});
