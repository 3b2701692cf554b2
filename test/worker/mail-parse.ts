/**
 * Just enough MIME parsing for tests: the decoded subject and the text and HTML parts of a nodemailer message
 * (quoted-printable or base64 parts, RFC 2047 encoded subject).
 */
export function simpleParser(raw: string): { subject: string; text: string; html: string } {
  const [head] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectRaw = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  return {
    subject: decodeWords(subjectRaw),
    text: partOf(raw, 'text/plain'),
    html: partOf(raw, 'text/html'),
  };
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQp(data.replace(/_/g, ' ')),
    );
}

function decodeQp(value: string): string {
  const bytes: number[] = [];
  const s = value.replace(/=\r?\n/g, '');
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(s[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function partOf(raw: string, type: string): string {
  const re = new RegExp(`Content-Type: ${type}[^]*?\\r?\\n\\r?\\n([^]*?)(?=\\r?\\n--|$)`, 'i');
  const m = re.exec(raw);
  if (!m) return '';
  const headers = raw.slice(Math.max(0, m.index), m.index + m[0].length - m[1].length);
  if (/Content-Transfer-Encoding: base64/i.test(headers))
    return Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) return decodeQp(m[1]);
  return m[1];
}
