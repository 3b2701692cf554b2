import { renderEmail } from '../email/email-document';
import { EmailLinks } from '../email/email-links';
import { reminderEmail, reminderSubject } from './reminder-email.template';

const lead = {
  id: '00000000-0000-4000-8000-0000000000aa',
  companyName: '太重轨道',
  projectName: '风电主轴生产线',
  stageNameZh: '落地',
  stageDeadline: '2026-12-03',
  ownerName: '张伟',
};

describe('reminder emails', () => {
  it('name company, project, stage and days in the subject', () => {
    expect(reminderSubject(lead, '2026-11-30')).toBe(
      '【到期提醒】太重轨道·风电主轴生产线：落地阶段将于3天后到期',
    );
    expect(reminderSubject(lead, '2026-12-02')).toBe(
      '【到期提醒】太重轨道·风电主轴生产线：落地阶段将于明天到期',
    );
    expect(reminderSubject(lead, '2026-12-03')).toBe('【到期提醒】太重轨道·风电主轴生产线：落地阶段今天到期');
    expect(reminderSubject(lead, '2026-12-04')).toBe(
      '【逾期提醒】太重轨道·风电主轴生产线：落地阶段已逾期1天',
    );
  });

  it('carry the deadline as an office writes it, the status and a link, in both parts', () => {
    const mail = renderEmail(
      reminderEmail({
        recipientName: '张伟',
        lead,
        today: '2026-11-26',
        links: new EmailLinks('https://luodi.example.cn'),
      }),
      'zhang.wei@luodi.local',
    );
    expect(mail.subject).toBe('【到期提醒】太重轨道·风电主轴生产线：落地阶段将于7天后到期');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('2026年12月3日（周四）');
      expect(part).toContain('还有7天');
      expect(part).toContain('https://luodi.example.cn/leads/00000000-0000-4000-8000-0000000000aa');
    }
    expect(mail.text).toContain('张伟，您好！');
    expect(mail.subject).not.toContain('【落地】');
  });
});
