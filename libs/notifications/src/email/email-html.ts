/** Escapes user text (company and project names, notes) for HTML email bodies. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A plain table-based layout with inline styles: what mail clients render reliably. */
export function emailLayout(title: string, bodyHtml: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:'PingFang SC','Microsoft YaHei',sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center" style="padding:24px">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1e4e8">
<tr><td style="padding:16px 24px;background:#b71c1c;color:#ffffff;font-size:18px;font-weight:bold">落地 · ${escapeHtml(title)}</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.6">${bodyHtml}</td></tr>
<tr><td style="padding:12px 24px;color:#888;font-size:12px;border-top:1px solid #e1e4e8">此邮件由落地招商项目管理系统自动发送，请勿直接回复。</td></tr>
</table></td></tr></table></body></html>`;
}

/** A simple data table; cells are escaped. */
export function htmlTable(headers: string[], rows: (string | number)[][]): string {
  const th = headers
    .map(
      (h) =>
        `<th align="left" style="padding:6px 8px;border-bottom:2px solid #ddd;background:#fafafa">${escapeHtml(h)}</th>`,
    )
    .join('');
  const body = rows.length
    ? rows
        .map(
          (r) =>
            `<tr>${r.map((c) => `<td style="padding:6px 8px;border-bottom:1px solid #eee">${escapeHtml(c)}</td>`).join('')}</tr>`,
        )
        .join('')
    : `<tr><td colspan="${headers.length}" style="padding:6px 8px;color:#888">无</td></tr>`;
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:13px;margin:8px 0 16px">${th ? `<tr>${th}</tr>` : ''}${body}</table>`;
}

/**
 * A progress bar made of two table cells with background colours (no CSS widths on divs, no images), which
 * Outlook, Gmail and Foxmail all render. `percent` is clamped to 0..100 for the bar; the label shows the value.
 */
export function progressBar(percent: number, label: string): string {
  const filled = Math.max(0, Math.min(100, Math.round(percent)));
  const filledCell =
    filled > 0
      ? `<td width="${filled}%" style="background:#2e7d32;height:16px;font-size:0;line-height:0">&nbsp;</td>`
      : '';
  const emptyCell =
    filled < 100
      ? `<td width="${100 - filled}%" style="background:#e0e0e0;height:16px;font-size:0;line-height:0">&nbsp;</td>`
      : '';
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:4px 0"><tr>${filledCell}${emptyCell}</tr></table><div style="font-size:12px;color:#555">${escapeHtml(label)}</div>`;
}

export function heading(text: string): string {
  return `<h3 style="margin:16px 0 4px;font-size:15px;color:#b71c1c">${escapeHtml(text)}</h3>`;
}
