import { Injectable } from '@nestjs/common';
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type * as ExcelJS from 'exceljs';
import { Decimal, loadExcelJs, Page, RateLimitedError, tr } from '@luodi/core';
import { Lead, LeadListFilter } from '../lead/lead';
import { codeNameOf, LEAD_SHEET_COLUMNS, SheetColumn } from '../fields/lead-field-table';
import { neutraliseFormula } from './lead-sheet-columns';
import { LeadsService } from '../lead/leads.service';
import { UsersService } from '@luodi/users';

const PAGE = 200;
const WAN_FORMAT = '#,##0.0000"万元"';
/** Exports one user may run at once; another is refused (429) until one has been downloaded. */
export const EXPORTS_PER_USER = 1;
export const EXPORT_RETRY_AFTER_SECONDS = 30;

/**
 * GET /leads/export.xlsx: the list's filters, every matching lead, Chinese headers. The workbook is written as a
 * stream while the leads are read page by page, waiting for the client to take each page, so memory stays flat
 * whatever the size; the first page is read before anything is sent, so a database that is away is still a 503.
 */
@Injectable()
export class LeadExportService {
  private readonly running = new Map<string, number>();

  constructor(
    private readonly leads: LeadsService,
    private readonly users: UsersService,
  ) {}

  async exportXlsx(filter: LeadListFilter, userId: string): Promise<Readable> {
    const running = this.running.get(userId) ?? 0;
    if (running >= EXPORTS_PER_USER)
      throw new RateLimitedError(
        EXPORT_RETRY_AFTER_SECONDS,
        tr(
          '您已有一个导出正在进行，请等它下载完再试。',
          'An export of yours is still running; try again when it has downloaded.',
        ),
      );
    this.running.set(userId, running + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (this.running.get(userId) ?? 1) - 1;
      if (left > 0) this.running.set(userId, left);
      else this.running.delete(userId);
    };
    try {
      const first = await this.leads.list(filter, PAGE);
      const out = new PassThrough();
      out.on('close', release);
      this.write(filter, first, out).catch((err: Error) => out.destroy(err));
      return out;
    } catch (err) {
      release();
      throw err;
    }
  }

  private async write(filter: LeadListFilter, first: Page<Lead>, out: PassThrough): Promise<void> {
    const wb = new (await loadExcelJs()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    wb.creator = 'Luodi 落地';
    const ws = wb.addWorksheet('项目线索', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = LEAD_SHEET_COLUMNS.map((c) => ({
      header: c.header,
      key: c.field,
      width: c.width,
      style: styleOf(c),
    }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();

    let page: Page<Lead> | null = first;
    while (page) {
      const owners = await this.users.namesOf([...new Set(page.items.map((l) => l.ownerId))]);
      for (const lead of page.items) {
        const row = { ...lead, ownerName: owners.get(lead.ownerId) ?? null };
        ws.addRow(LEAD_SHEET_COLUMNS.map((c) => cellValue(c, row))).commit();
      }
      if (out.destroyed) return; // the client went away
      if (out.writableNeedDrain) await once(out, 'drain');
      page = page.nextCursor ? await this.leads.list(filter, PAGE, page.nextCursor) : null;
    }
    ws.commit();
    await wb.commit();
  }
}

function styleOf(c: SheetColumn): Partial<ExcelJS.Style> {
  if (c.kind === 'money') return { numFmt: WAN_FORMAT };
  if (c.kind === 'date') return { numFmt: 'yyyy-mm-dd' };
  if (c.kind === 'instant') return { numFmt: 'yyyy-mm-dd hh:mm:ss' };
  return {};
}

function cellValue(c: SheetColumn, lead: Lead & { ownerName: string | null }): ExcelJS.CellValue {
  const v = (lead as unknown as Record<string, unknown>)[c.field];
  if (v === null || v === undefined) return null;
  switch (c.kind) {
    case 'money':
      // Excel keeps numbers as IEEE doubles; 4 fraction digits of 万元 up to 1 万亿 fit exactly enough to display.
      return new Decimal(v as string).toNumber();
    case 'date': {
      const [y, m, d] = (v as string).split('-').map((part) => parseInt(part, 10));
      return new Date(Date.UTC(y, m - 1, d));
    }
    case 'instant':
      return new Date(v as string);
    case 'boolean':
      return v ? '是' : '否';
    case 'code':
      return codeNameOf(c.field, v as string);
    default:
      return neutraliseFormula(v as string);
  }
}
