import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { Decimal } from '@luodi/core';
import { Lead, LeadListFilter, SOURCE_NAMES_ZH } from './lead';
import { PARK_NAMES_ZH, TRACK_NAMES_ZH } from './lead-fields';
import {
  LEAD_SHEET_COLUMNS,
  neutraliseFormula,
  POOL_NAMES_ZH,
  SheetColumn,
  STAGE_NAMES_ZH,
  WARNING_NAMES_ZH,
} from './lead-sheet-columns';
import { LeadsService } from './leads.service';
import { LeadsRepository } from './leads.repository';

const PAGE = 200;
const WAN_FORMAT = '#,##0.0000"万元"';

/** GET /leads/export.xlsx: the list's filters, every matching lead, Chinese headers. */
@Injectable()
export class LeadExportService {
  constructor(
    private readonly leads: LeadsService,
    private readonly repository: LeadsRepository,
  ) {}

  async exportXlsx(filter: LeadListFilter): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Luodi 落地';
    const ws = wb.addWorksheet('项目线索', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = LEAD_SHEET_COLUMNS.map((c) => ({
      header: c.header,
      key: c.field,
      width: c.width,
      style: styleOf(c),
    }));
    ws.getRow(1).font = { bold: true };

    let cursor: string | undefined;
    do {
      const page = await this.leads.list(filter, PAGE, cursor);
      const owners = await this.repository.userNames([...new Set(page.items.map((l) => l.ownerId))]);
      for (const lead of page.items) {
        const row = { ...lead, ownerName: owners.get(lead.ownerId) ?? null };
        ws.addRow(LEAD_SHEET_COLUMNS.map((c) => cellValue(c, row)));
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return Buffer.from(await wb.xlsx.writeBuffer());
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
      return codeName(c.field, v as string);
    default:
      return neutraliseFormula(v as string);
  }
}

function codeName(field: string, code: string): string {
  const names: Record<string, Record<string, string>> = {
    track: TRACK_NAMES_ZH,
    park: PARK_NAMES_ZH,
    source: SOURCE_NAMES_ZH,
    stage: STAGE_NAMES_ZH,
    pool: POOL_NAMES_ZH,
    warning: WARNING_NAMES_ZH,
  };
  return names[field]?.[code] ?? code;
}
