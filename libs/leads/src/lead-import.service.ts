import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { Clock, tr, ValidationFailedError } from '@luodi/core';
import { User } from '@luodi/users';
import { NewLead } from './lead';
import { parseNewLeadFields } from './lead-fields';
import { LeadHistoryRepository } from './lead-history.repository';
import { importFieldOf } from './lead-sheet-columns';
import { LeadsRepository } from './leads.repository';
import { creationChanges } from './leads.service';
import { nameKey } from './name-key';

export interface ImportError {
  row: number;
  field: string;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  created: number;
  skipped: number;
  errors: ImportError[];
}

export const MAX_IMPORT_ROWS = 20_000;
const BATCH = 500;

interface Candidate {
  row: number;
  lead: NewLead;
  companyKey: string;
  projectKey: string;
}

/**
 * POST /leads/import: .xlsx or .csv (UTF-8, BOM allowed) with a header row. Each row is validated like a
 * POST /leads body (track, park and source may be Chinese names); duplicates against open leads and within the
 * file are reported; valid rows are inserted in batches inside one transaction, each row whole or not at all.
 */
@Injectable()
export class LeadImportService {
  constructor(
    private readonly leads: LeadsRepository,
    private readonly history: LeadHistoryRepository,
    private readonly clock: Clock,
  ) {}

  async import(file: Buffer, actor: User, dryRun: boolean): Promise<ImportReport> {
    const table = isZip(file) ? await readXlsx(file) : readCsv(file);
    if (table.length === 0) {
      throw new ValidationFailedError([{ field: 'file', message: tr('缺少表头行', 'has no header row') }]);
    }
    const fields = table[0].map((h) => importFieldOf(h));
    if (!fields.includes('companyName') || !fields.includes('projectName')) {
      throw new ValidationFailedError([
        {
          field: 'file',
          message: tr(
            '表头须至少包含“企业名称”（companyName）和“项目名称”（projectName）两列',
            'the header row must name at least 企业名称/companyName and 项目名称/projectName',
          ),
        },
      ]);
    }
    if (table.length - 1 > MAX_IMPORT_ROWS) {
      throw new ValidationFailedError([
        {
          field: 'file',
          message: tr(`数据不能超过${MAX_IMPORT_ROWS}行`, `has more than ${MAX_IMPORT_ROWS} rows`),
        },
      ]);
    }

    const errors: ImportError[] = [];
    const candidates: Candidate[] = [];
    let skipped = 0;
    table.slice(1).forEach((cells, i) => {
      const row = i + 2; // the sheet's row number: the header is row 1
      if (cells.every((c) => c.trim() === '')) return;
      const raw: Record<string, unknown> = {};
      fields.forEach((f, col) => {
        if (f && cells[col] !== undefined) raw[f] = unneutralise(cells[col]);
      });
      const { value, errors: rowErrors } = parseNewLeadFields(raw, true);
      if (!value) {
        skipped++;
        errors.push(...rowErrors.map((e) => ({ row, ...e })));
        return;
      }
      const lead: NewLead = { ...value, ownerId: actor.id, leaderId: null };
      candidates.push({
        row,
        lead,
        companyKey: nameKey(lead.companyName),
        projectKey: nameKey(lead.projectName),
      });
    });

    const unique = await this.withoutDuplicates(candidates, errors);
    skipped += candidates.length - unique.length;
    if (dryRun) return { dryRun, created: unique.length, skipped, errors: sortErrors(errors) };

    let created = 0;
    await this.leads.db.transaction(async (tx) => {
      const today = this.clock.today();
      const now = this.clock.now();
      for (let start = 0; start < unique.length; start += BATCH) {
        const batch = unique.slice(start, start + BATCH);
        const ids = await this.leads.insertMany(
          tx,
          batch.map((c) => c.lead),
          today,
          now,
        );
        const inserted = batch.flatMap((c, k) => (ids[k] ? [{ leadId: ids[k], lead: c.lead }] : []));
        // A row another request created since the check above is skipped by ON CONFLICT: report it.
        batch.forEach((c, k) => {
          if (!ids[k]) errors.push({ row: c.row, field: 'companyName', message: duplicatesOpenLead() });
        });
        await this.leads.insertPendingApprovals(
          tx,
          inserted.map((x) => x.leadId),
        );
        await this.history.auditMany(
          tx,
          inserted.map((x) => ({ leadId: x.leadId, changes: creationChanges(x.lead) })),
          actor.id,
          'imported',
        );
        created += inserted.length;
        skipped += batch.length - inserted.length;
      }
    });
    return { dryRun, created, skipped, errors: sortErrors(errors) };
  }

  /** Drops rows that duplicate an open lead or an earlier row of the file, reporting each. */
  private async withoutDuplicates(candidates: Candidate[], errors: ImportError[]): Promise<Candidate[]> {
    const open = await this.leads.openKeysForProjects([...new Set(candidates.map((c) => c.projectKey))]);
    const byName = new Set(open.map((o) => `${o.company_key}\u0000${o.project_key}`));
    const byCode = new Set(
      open.filter((o) => o.credit_code).map((o) => `${o.credit_code}\u0000${o.project_key}`),
    );
    const seenName = new Map<string, number>();
    const seenCode = new Map<string, number>();
    const kept: Candidate[] = [];
    for (const c of candidates) {
      const nameK = `${c.companyKey}\u0000${c.projectKey}`;
      const codeK = c.lead.creditCode ? `${c.lead.creditCode}\u0000${c.projectKey}` : null;
      const earlier = seenName.get(nameK) ?? (codeK ? seenCode.get(codeK) : undefined);
      if (byName.has(nameK) || (codeK && byCode.has(codeK))) {
        errors.push({ row: c.row, field: 'companyName', message: duplicatesOpenLead() });
      } else if (earlier !== undefined) {
        errors.push({
          row: c.row,
          field: 'companyName',
          message: tr(`与本文件第${earlier}行重复`, `duplicates row ${earlier} of this file`),
        });
      } else {
        seenName.set(nameK, c.row);
        if (codeK) seenCode.set(codeK, c.row);
        kept.push(c);
      }
    }
    return kept;
  }
}

const duplicatesOpenLead = () =>
  tr(
    '与一条未终止的线索重复（同一企业、同一项目）',
    'duplicates an open lead for the same company and project',
  );

function sortErrors(errors: ImportError[]): ImportError[] {
  return errors.sort((a, b) => a.row - b.row);
}

function isZip(file: Buffer): boolean {
  return file.length >= 4 && file[0] === 0x50 && file[1] === 0x4b && file[2] === 0x03 && file[3] === 0x04;
}

/** The export writes `'=…` for cells that begin like a formula; importing it back restores the text. */
function unneutralise(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

function readCsv(file: Buffer): string[][] {
  try {
    const rows: string[][] = parseCsv(file, { bom: true, skip_empty_lines: true, relax_column_count: true });
    return rows;
  } catch (err) {
    // csv-parse says where it stopped; its own words are English, so only the line number is passed on.
    const line = (err as { lines?: unknown }).lines;
    const where = typeof line === 'number' ? line : null;
    throw new ValidationFailedError([
      {
        field: 'file',
        message:
          where === null
            ? tr('不是可读取的 CSV 文件', 'is not a readable CSV file')
            : tr(
                `不是可读取的 CSV 文件（第${where}行有误）`,
                `is not a readable CSV file (error on line ${where})`,
              ),
      },
    ]);
  }
}

async function readXlsx(file: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new ValidationFailedError([
      { field: 'file', message: tr('不是可读取的 .xlsx 工作簿', 'is not a readable .xlsx workbook') },
    ]);
  }
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const out: string[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    out[n - 1] = cells;
  });
  for (let i = 0; i < out.length; i++) out[i] ??= [];
  return out;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText(v.result ?? null);
    return '';
  }
  return String(v);
}
