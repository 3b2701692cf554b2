/**
 * HTML primitives for email bodies: table layout and inline styles only (no classes, no <style>, no divs sized
 * by CSS, no images), which Outlook, Gmail, QQ Mail and Foxmail render alike. Every text is escaped here.
 */
export const COLOURS = {
  brand: '#b71c1c',
  text: '#222222',
  muted: '#777777',
  border: '#e1e4e8',
  rule: '#eeeeee',
  head: '#fafafa',
  red: '#c62828',
  amber: '#b26a00',
  green: '#2e7d32',
  barEmpty: '#e0e0e0',
} as const;

export type Tone = 'red' | 'amber' | 'green' | 'muted';

const TONE_COLOUR: Record<Tone, string> = {
  red: COLOURS.red,
  amber: COLOURS.amber,
  green: COLOURS.green,
  muted: COLOURS.muted,
};

/** Escapes user text (company and project names, summaries) for HTML. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function link(text: string, href: string): string {
  return `<a href="${escapeHtml(href)}" style="color:#1565c0;text-decoration:underline">${escapeHtml(text)}</a>`;
}

export function toned(html: string, tone: Tone, strong = false): string {
  return `<span style="color:${TONE_COLOUR[tone]}${strong ? ';font-weight:bold' : ''}">${html}</span>`;
}

export function strong(html: string): string {
  return `<strong>${html}</strong>`;
}

/** The page: a 640-pixel card with a coloured title bar, the body and a footer, centred on a grey background. */
export function emailLayout(title: string, bodyHtml: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:'PingFang SC','Microsoft YaHei','Hiragino Sans GB',sans-serif;color:${COLOURS.text}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f5f7"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="width:640px;max-width:100%;background:#ffffff;border:1px solid ${COLOURS.border}">
<tr><td style="padding:16px 24px;background:${COLOURS.brand};color:#ffffff;font-size:18px;font-weight:bold">${escapeHtml(title)}</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.7">${bodyHtml}</td></tr>
<tr><td style="padding:12px 24px;color:${COLOURS.muted};font-size:12px;border-top:1px solid ${COLOURS.border}">此邮件由落地招商项目管理系统自动发送，请勿直接回复。</td></tr>
</table></td></tr></table></body></html>`;
}

export function headingHtml(text: string, note?: string): string {
  const small = note
    ? ` <span style="font-size:12px;font-weight:normal;color:${COLOURS.muted}">${escapeHtml(note)}</span>`
    : '';
  return `<h3 style="margin:20px 0 6px;font-size:15px;color:${COLOURS.brand}">${escapeHtml(text)}${small}</h3>`;
}

export function paragraphHtml(html: string, muted = false): string {
  return `<p style="margin:8px 0${muted ? `;color:${COLOURS.muted};font-size:13px` : ''}">${html}</p>`;
}

const CELL = `padding:6px 8px;border-bottom:1px solid ${COLOURS.rule};vertical-align:top`;

/** A data table; cells are already HTML. `align` per column ('right' for figures). */
export function tableHtml(
  headers: string[],
  rows: string[][],
  align: ('left' | 'right')[] = [],
  emptyText = '无',
): string {
  const th = headers
    .map(
      (h, i) =>
        `<th align="${align[i] ?? 'left'}" style="padding:6px 8px;border-bottom:2px solid #dddddd;background:${COLOURS.head};font-weight:bold;white-space:nowrap">${escapeHtml(h)}</th>`,
    )
    .join('');
  const body = rows.length
    ? rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => `<td align="${align[i] ?? 'left'}" style="${CELL}">${c}</td>`).join('')}</tr>`,
        )
        .join('')
    : `<tr><td colspan="${Math.max(headers.length, 1)}" style="${CELL};color:${COLOURS.muted}">${escapeHtml(emptyText)}</td></tr>`;
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;font-size:13px;margin:6px 0 12px">${headers.length ? `<tr>${th}</tr>` : ''}${body}</table>`;
}

/** Label–value pairs in two columns. */
export function factsHtml(rows: [string, string][]): string {
  const body = rows
    .map(
      ([label, value]) =>
        `<tr><td style="padding:4px 12px 4px 0;color:${COLOURS.muted};white-space:nowrap;vertical-align:top">${escapeHtml(label)}</td><td style="padding:4px 0;vertical-align:top">${value}</td></tr>`,
    )
    .join('');
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;font-size:14px;margin:6px 0 12px">${body}</table>`;
}

/**
 * A progress bar made of two table cells with background colours (no CSS widths on divs, no images), which
 * Outlook, Gmail and Foxmail all render. `percent` is clamped to 0..100 for the bar; the label says the value.
 */
export function progressBarHtml(percent: number, labelHtml: string): string {
  const filled = Math.max(0, Math.min(100, Math.round(percent)));
  const filledCell =
    filled > 0
      ? `<td width="${filled}%" style="background:${COLOURS.green};height:14px;font-size:0;line-height:0">&nbsp;</td>`
      : '';
  const emptyCell =
    filled < 100
      ? `<td width="${100 - filled}%" style="background:${COLOURS.barEmpty};height:14px;font-size:0;line-height:0">&nbsp;</td>`
      : '';
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:4px 0 2px"><tr>${filledCell}${emptyCell}</tr></table><p style="margin:0 0 10px;font-size:12px;color:#555555">${labelHtml}</p>`;
}

/** A button-like link (a table cell with a background colour: the bulletproof form). */
export function buttonHtml(text: string, href: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0 4px"><tr><td style="background:${COLOURS.brand};padding:8px 18px"><a href="${escapeHtml(href)}" style="color:#ffffff;text-decoration:none;font-weight:bold">${escapeHtml(text)}</a></td></tr></table>`;
}
