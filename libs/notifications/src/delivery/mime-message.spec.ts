import { encodeHeader, mimeMessage } from './mime-message';

const decodeWords = (v: string) =>
  v
    .replace(/\?=\r\n =\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));

function part(raw: string, type: string): string {
  const m = new RegExp(
    `Content-Type: ${type}; charset=utf-8\\r\\nContent-Transfer-Encoding: base64\\r\\n\\r\\n([^-]*)\\r\\n--`,
  ).exec(raw);
  return m ? Buffer.from(m[1].replace(/\r\n/g, ''), 'base64').toString('utf8') : '';
}

describe('mimeMessage', () => {
  const email = {
    to: 'owner1@luodi.test',
    subject: '【到期提醒】太重轨道·风电主轴生产线：签约阶段还有7天到期，请尽快推进项目的签约与落地工作',
    text: '招商专员1：\n项目 太重轨道 风电主轴生产线\n.以点开头的一行\n',
    html: '<p>招商专员1：</p>'.repeat(100),
  };
  const now = new Date('2024-06-01T02:00:00Z');

  it('writes headers, an encoded subject on whole characters, and both parts in base64', () => {
    const { envelope, raw } = mimeMessage(email, '落地招商 <noreply@luodi.example.cn>', now, 'abc123');
    const text = raw.toString('utf8');
    expect(envelope).toEqual({ from: 'noreply@luodi.example.cn', to: ['owner1@luodi.test'] });
    const [head] = text.split('\r\n\r\n');
    expect(head).toContain('To: owner1@luodi.test');
    expect(head).toContain('Date: Sat, 01 Jun 2024 02:00:00 +0000');
    expect(head).toContain('Message-ID: <abc123@luodi.example.cn>');
    expect(head).toContain('Content-Type: multipart/alternative;\r\n boundary="----luodi-abc123"');
    expect(decodeWords(/^From: (.*(?:\r\n .*)*)$/m.exec(head)?.[1] ?? '')).toBe(
      '落地招商 <noreply@luodi.example.cn>',
    );
    expect(decodeWords(/^Subject: (.*(?:\r\n .*)*)$/m.exec(head)?.[1] ?? '')).toBe(email.subject);
    expect(part(text, 'text/plain')).toBe(email.text);
    expect(part(text, 'text/html')).toBe(email.html);
    // No line longer than 78 characters; every line ends in CRLF; no line starts with a dot.
    for (const line of text.split('\r\n')) {
      expect(line.length).toBeLessThanOrEqual(78);
      expect(line.startsWith('.')).toBe(false);
    }
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('------luodi-abc123--\r\n')).toBe(true);
  });

  it('leaves ASCII as it is and keeps header injection out', () => {
    expect(encodeHeader('Weekly digest')).toBe('Weekly digest');
    expect(encodeHeader('a\r\nBcc: x@y')).toBe('a Bcc: x@y');
    const { raw, envelope } = mimeMessage(
      { ...email, subject: 'x\r\nBcc: evil@x' },
      'luodi@localhost',
      now,
      'u',
    );
    expect(raw.toString()).not.toMatch(/^Bcc:/m);
    expect(envelope.from).toBe('luodi@localhost');
    expect(raw.toString()).toMatch(/^From: luodi@localhost$/m);
  });
});
