import ExcelJS from 'exceljs';
import { DomainError } from '@luodi/core';
import { buildZip, deflateRepeated } from '../../../../../test/support/zip-builder';
import { inflateEntry, listZipEntries, ZipLimits } from './zip-entries';

/** Lists the entries and inflates every one into nothing, as a reader of all of them would. */
async function checkXlsxZip(file: Buffer, l: ZipLimits): Promise<void> {
  const budget = { left: l.maxUncompressed, limits: l };
  for (const e of listZipEntries(file, l).values()) await inflateEntry(e, budget, () => undefined);
}

const limits = { maxUncompressed: 1024 * 1024, maxEntries: 10 };

async function codeOf(file: Buffer): Promise<string | null> {
  try {
    await checkXlsxZip(file, limits);
    return null;
  } catch (err) {
    return (err as DomainError).code;
  }
}

describe('zip entries: listZipEntries and inflateEntry', () => {
  it('passes a real workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('s').addRow(['企业名称', '项目名称']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(checkXlsxZip(file, { maxUncompressed: 1 << 24, maxEntries: 100 })).resolves.toBeUndefined();
  });

  it('passes stored and data-descriptor entries whose sizes are true', async () => {
    const zip = buildZip([
      { name: 'a.xml', data: Buffer.from('<a/>'), stored: true },
      { name: 'b.xml', data: Buffer.from('<b>'.repeat(1000)), descriptor: true },
    ]);
    expect(await codeOf(zip)).toBeNull();
  });

  it('refuses declared sizes over the limit before inflating anything (413)', async () => {
    const zip = buildZip([{ name: 'x.xml', data: Buffer.from('x'), declaredSize: 2 * 1024 * 1024 }]);
    expect(await codeOf(zip)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('stops an entry that inflates past the size it declares, at that size (400)', async () => {
    const bomb = await deflateRepeated('<row/>', 50 * 1024 * 1024);
    const zip = buildZip(
      [{ name: 'x.xml', data: Buffer.alloc(0), declaredSize: 1000 }],
      new Map([['x.xml', bomb]]),
    );
    const started = Date.now();
    expect(await codeOf(zip)).toBe('VALIDATION_FAILED');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses entries that together inflate past the limit (413)', async () => {
    const half = Buffer.alloc(600 * 1024, 'a');
    expect(
      await codeOf(
        buildZip([
          { name: 'a', data: half },
          { name: 'b', data: half },
        ]),
      ),
    ).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses too many entries, unknown methods, truncation and garbage (400)', async () => {
    const many = buildZip(Array.from({ length: 11 }, (_, i) => ({ name: `e${i}`, data: Buffer.from('x') })));
    expect(await codeOf(many)).toBe('VALIDATION_FAILED');
    const ok = buildZip([{ name: 'a', data: Buffer.from('hello') }]);
    const method = Buffer.from(ok);
    method.writeUInt16LE(12, 8); // bzip2
    expect(await codeOf(method)).toBe('VALIDATION_FAILED');
    expect(await codeOf(ok.subarray(0, 40))).toBe('VALIDATION_FAILED');
    expect(await codeOf(Buffer.from('PK\u0003\u0004garbage'))).toBe('VALIDATION_FAILED');
    const corrupt = Buffer.from(ok);
    corrupt.fill(0xff, 31, 36); // the deflate stream itself
    expect(await codeOf(corrupt)).toBe('VALIDATION_FAILED');
  });

  it('sees an entry hidden behind a data-descriptor signature inside another entry’s data', async () => {
    // A streaming reader ends a bit-3 entry at the first descriptor signature; what follows it is a new entry.
    const hidden = buildZip([{ name: 'h', data: Buffer.from('y'), declaredSize: 5 * 1024 * 1024 }]);
    const cut = hidden.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); // drop its central directory
    const payload = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x07, 0x08]),
      Buffer.alloc(12),
      hidden.subarray(0, cut),
    ]);
    const zip = buildZip([{ name: 'a', data: payload, stored: true, descriptor: true }]);
    expect(await codeOf(zip)).not.toBeNull();
  });
});
