import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { Page, RateLimitedError } from '@luodi/core';
import { Lead, LeadListFilter } from '../lead/lead';
import { EXPORT_RETRY_AFTER_SECONDS, LeadExportService } from './lead-export.service';
import { UsersService } from '@luodi/users';
import { LeadsService } from '../lead/leads.service';

/** Leads in pages of 200, as LeadsService.list serves them (only the fields the sheet needs). */
function fakeLeads(count: number, failFirst = false): LeadsService {
  const all = Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `lead-${i}`,
        companyName: `企业${i}`,
        projectName: `项目${i}`,
        ownerId: 'owner-1',
        stage: 'lead',
        track: 'equipment',
        amountWan: '1234.5000',
      }) as unknown as Lead,
  );
  return {
    list: async (_f: LeadListFilter, limit: number, cursor?: string): Promise<Page<Lead>> => {
      if (failFirst) throw new Error('database away');
      const start = cursor ? Number(cursor) : 0;
      const items = all.slice(start, start + limit);
      return { items, nextCursor: start + limit < all.length ? String(start + limit) : null };
    },
  } as unknown as LeadsService;
}
const ALL = {} as LeadListFilter;
const names = { namesOf: async () => new Map([['owner-1', '张伟']]) } as unknown as UsersService;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('LeadExportService (streamed workbook, one export per user at a time)', () => {
  it('streams every lead across pages into a workbook that opens, with Chinese headers and owner names', async () => {
    const service = new LeadExportService(fakeLeads(450), names);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readAll(await service.exportXlsx(ALL, 'u1'))) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('项目线索')!;
    expect(sheet.rowCount).toBe(451);
    const header = (sheet.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toEqual(expect.arrayContaining(['企业名称']));
    const flat = (sheet.getRow(451).values as unknown[]).map(String);
    expect(flat).toEqual(expect.arrayContaining(['企业449', '张伟']));
  });

  it('refuses a second export by the same user until the first has been read, and lets others export', async () => {
    const service = new LeadExportService(fakeLeads(10), names);
    const first = await service.exportXlsx(ALL, 'u1');
    const refused = await service.exportXlsx(ALL, 'u1').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBe(EXPORT_RETRY_AFTER_SECONDS);
    expect((refused as RateLimitedError).message).toMatch(/导出正在进行/);
    await readAll(await service.exportXlsx(ALL, 'u2'));
    await readAll(first);
    await new Promise((r) => setImmediate(r));
    await expect(readAll(await service.exportXlsx(ALL, 'u1'))).resolves.toBeInstanceOf(Buffer);
  });

  it('a failure before anything is sent is thrown (a problem answer, not a broken file) and frees the slot', async () => {
    const failing = new LeadExportService(fakeLeads(10, true), names);
    await expect(failing.exportXlsx(ALL, 'u1')).rejects.toThrow('database away');
    await expect(failing.exportXlsx(ALL, 'u1')).rejects.toThrow('database away');
  });
});
