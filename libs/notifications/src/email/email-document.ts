import {
  buttonHtml,
  emailLayout,
  escapeHtml,
  factsHtml,
  headingHtml,
  link,
  paragraphHtml,
  progressBarHtml,
  strong,
  tableHtml,
  Tone,
  toned,
} from './email-html';

/**
 * One email as a small document, rendered twice from the same blocks: an HTML part (table layout, inline styles)
 * and a plain-text part. Templates build documents; they never write HTML or text by hand, so the two parts
 * always carry the same content.
 */
export type Span =
  string | { text: string; href: string } | { text: string; tone?: Tone; strong?: boolean; href?: undefined };

/** Inline content: one span or several side by side. */
export type Inline = Span | Span[];

export interface Column {
  title: string;
  align?: 'left' | 'right';
}

export type Block =
  | { type: 'heading'; text: string; note?: string }
  | { type: 'paragraph'; content: Inline; muted?: boolean }
  | { type: 'facts'; rows: { label: string; value: Inline }[] }
  | {
      type: 'table';
      columns: Column[];
      rows: Inline[][];
      empty?: string;
      /** A closing link under the table, e.g. "另有 12 个，查看全部". */
      more?: { text: string; href: string };
    }
  | { type: 'progress'; percent: number; label: Inline }
  | { type: 'button'; text: string; href: string };

export interface EmailDocument {
  subject: string;
  /** The title bar (HTML) and first line (text). */
  title: string;
  blocks: Block[];
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
}

export function renderEmail(doc: EmailDocument, to: string): OutgoingEmail {
  return { to, subject: doc.subject, html: renderHtml(doc), text: renderText(doc) };
}

const spans = (inline: Inline): Span[] => (Array.isArray(inline) ? inline : [inline]);

function spanHtml(s: Span): string {
  if (typeof s === 'string') return escapeHtml(s);
  if (s.href !== undefined) return link(s.text, s.href);
  const html = escapeHtml(s.text);
  if (s.tone) return toned(html, s.tone, s.strong);
  return s.strong ? strong(html) : html;
}

const inlineHtml = (inline: Inline): string => spans(inline).map(spanHtml).join('');

/** The text of inline content, and the links it carries (written after it in the text part). */
function inlineText(inline: Inline): { text: string; links: string[] } {
  const parts = spans(inline);
  return {
    text: parts.map((s) => (typeof s === 'string' ? s : s.text)).join(''),
    links: parts.flatMap((s) => (typeof s !== 'string' && s.href !== undefined ? [s.href] : [])),
  };
}

export function renderHtml(doc: EmailDocument): string {
  const body = doc.blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
          return headingHtml(b.text, b.note);
        case 'paragraph':
          return paragraphHtml(inlineHtml(b.content), b.muted);
        case 'facts':
          return factsHtml(b.rows.map((r) => [r.label, inlineHtml(r.value)]));
        case 'table':
          if (b.rows.length === 0) return paragraphHtml(escapeHtml(b.empty ?? '无'), true);
          return (
            tableHtml(
              b.columns.map((c) => c.title),
              b.rows.map((r) => r.map(inlineHtml)),
              b.columns.map((c) => c.align ?? 'left'),
              b.empty,
            ) + (b.more ? paragraphHtml(link(b.more.text, b.more.href), true) : '')
          );
        case 'progress':
          return progressBarHtml(b.percent, inlineHtml(b.label));
        case 'button':
          return buttonHtml(b.text, b.href);
      }
    })
    .join('\n');
  return emailLayout(doc.title, body);
}

/**
 * The text part: headings on their own line, facts as "label：value", table rows as numbered lines with cells
 * joined by " | " and their links on the next line, so nothing the HTML says is missing here.
 */
export function renderText(doc: EmailDocument): string {
  const lines: string[] = [doc.title, ''];
  for (const b of doc.blocks) {
    switch (b.type) {
      case 'heading':
        if (lines[lines.length - 1] !== '') lines.push('');
        lines.push(b.note ? `${b.text}（${b.note}）` : b.text);
        break;
      case 'paragraph': {
        const { text, links } = inlineText(b.content);
        lines.push(links.length ? `${text} ${links.join(' ')}` : text);
        break;
      }
      case 'facts':
        for (const r of b.rows) {
          const { text, links } = inlineText(r.value);
          lines.push(`${r.label}：${text}${links.length ? ` ${links.join(' ')}` : ''}`);
        }
        break;
      case 'table': {
        if (b.rows.length === 0) {
          lines.push(b.empty ?? '无');
        } else {
          lines.push(b.columns.map((c) => c.title).join(' | '));
          b.rows.forEach((row, i) => {
            const cells = row.map(inlineText);
            lines.push(`${i + 1}. ${cells.map((c) => c.text).join(' | ')}`);
            const links = cells.flatMap((c) => c.links);
            if (links.length) lines.push(`   ${links.join(' ')}`);
          });
        }
        if (b.more) lines.push(`${b.more.text}：${b.more.href}`);
        break;
      }
      case 'progress':
        lines.push(inlineText(b.label).text);
        break;
      case 'button':
        lines.push(`${b.text}：${b.href}`);
        break;
    }
  }
  lines.push('', '——', '此邮件由落地招商项目管理系统自动发送，请勿直接回复。');
  return lines.join('\n');
}
