import fc from 'fast-check';
import { EmailDocument, renderEmail, renderHtml, renderText } from './email-document';
import { escapeHtml, progressBarHtml } from './email-html';
import { EmailLinks } from './email-links';

const doc = (over: Partial<EmailDocument> = {}): EmailDocument => ({
  subject: '主题',
  title: '标题',
  blocks: [],
  ...over,
});

describe('email documents', () => {
  it('escapes user text in HTML and keeps it as written in the text part', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const mail = renderEmail(
      doc({
        blocks: [
          { type: 'paragraph', content: `泰山玻纤"&<img src=x>` },
          {
            type: 'table',
            columns: [{ title: '项目' }],
            rows: [[{ text: '<b>项目</b>', href: 'https://x.cn/leads/1?a=1&b=2' }]],
          },
        ],
      }),
      'a@b.cn',
    );
    expect(mail.to).toBe('a@b.cn');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>项目');
    expect(mail.html).toContain('泰山玻纤&quot;&amp;&lt;img src=x&gt;');
    expect(mail.html).toContain('href="https://x.cn/leads/1?a=1&amp;b=2"');
    expect(mail.text).toContain(`泰山玻纤"&<img src=x>`);
    expect(mail.text).toContain('1. <b>项目</b>\n   https://x.cn/leads/1?a=1&b=2');
  });

  it('says in the text part everything the HTML part says', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((t) => t.trim() === t && !/[\r\n]/.test(t));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(text, text), { maxLength: 4 }),
        (paragraphs, facts) => {
          const d = doc({
            blocks: [
              ...paragraphs.map((p) => ({ type: 'paragraph' as const, content: p })),
              { type: 'facts', rows: facts.map(([label, value]) => ({ label, value })) },
              { type: 'table', columns: [{ title: '列' }], rows: paragraphs.map((p) => [p]) },
            ],
          });
          const html = renderHtml(d);
          const plain = renderText(d);
          for (const p of [...paragraphs, ...facts.flat()]) {
            expect(plain).toContain(p);
            expect(html).toContain(escapeHtml(p));
          }
        },
      ),
    );
  });

  it('lays out with tables and inline styles only', () => {
    const html = renderHtml(
      doc({
        blocks: [
          { type: 'heading', text: '一、目标进度', note: '2026年' },
          { type: 'progress', percent: 40, label: '40%' },
          { type: 'button', text: '查看', href: 'https://x.cn/' },
        ],
      }),
    );
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<style|class=|<div|<img|<script/);
    expect(html).toContain('role="presentation"');
  });

  it('writes an empty table as one line, in both parts', () => {
    const d = doc({
      blocks: [{ type: 'table', columns: [{ title: '项目' }], rows: [], empty: '没有逾期项目。' }],
    });
    expect(renderHtml(d)).toContain('没有逾期项目。');
    expect(renderHtml(d)).not.toContain('<th');
    expect(renderText(d)).toContain('没有逾期项目。');
  });

  it('draws the progress bar with table cells, clamped to 0..100', () => {
    expect(progressBarHtml(37.4, 'x')).toContain('<td width="37%"');
    expect(progressBarHtml(37.4, 'x')).toContain('<td width="63%"');
    expect(progressBarHtml(140, 'x')).not.toContain('width="-');
    expect(progressBarHtml(0, 'x')).toContain('<td width="100%" style="background:#e0e0e0');
  });

  it('links to the web pages', () => {
    const links = new EmailLinks('https://luodi.example.cn/');
    expect(links.home()).toBe('https://luodi.example.cn/');
    expect(links.cockpit()).toBe('https://luodi.example.cn/cockpit');
    expect(links.lead('abc')).toBe('https://luodi.example.cn/leads/abc');
    expect(links.leads({ ownerId: 'me', overdue: 'true' })).toBe(
      'https://luodi.example.cn/leads?ownerId=me&overdue=true',
    );
    expect(links.leads()).toBe('https://luodi.example.cn/leads');
  });
});
