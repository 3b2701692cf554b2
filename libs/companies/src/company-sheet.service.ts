import { Injectable } from '@nestjs/common';
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { decodeCursor, isStorableText, loadExcelJs, Page, tr, ValidationFailedError } from '@luodi/core';
import { neutraliseFormula, readImportTable } from '@luodi/leads';
import { Company, COMPANY_TAG_NAMES_ZH, CompanyListFilter, OWNERSHIP_NAMES_ZH } from './company';
import { companyNameNorms, newCompanyFields } from './company-fields';
import { normaliseCompanyName } from './company-name';
import { COMPANY_SHEET_COLUMNS, companyImportFieldOf, parseCompanyRow } from './company-sheet';
import { CompaniesRepository } from './companies.repository';

const PAGE = 500;

export interface CompanyImportReport {
  dryRun: boolean;
  created: number;
  skipped: number;
  errors: { row: number; field: string; message: string }[];
}

/** 企业库 in Excel: the export (streamed page by page, Chinese headers) and the import (.xlsx or .csv). */
@Injectable()
export class CompanySheetService {
  constructor(private readonly companies: CompaniesRepository) {}

  async exportXlsx(filter: CompanyListFilter): Promise<Readable> {
    const first = await this.companies.list(filter, PAGE, null);
    const out = new PassThrough();
    this.write(filter, first, out).catch((err: Error) => out.destroy(err));
    return out;
  }

  private async write(filter: CompanyListFilter, first: Page<Company>, out: PassThrough): Promise<void> {
    const wb = new (await loadExcelJs()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    wb.creator = 'Luodi 落地';
    const ws = wb.addWorksheet('企业库', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = COMPANY_SHEET_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    let page: Page<Company> | null = first;
    while (page) {
      for (const c of page.items) {
        const cells: Record<string, string | null> = {
          ...c,
          aliases: c.aliases.join('、'),
          ownership: OWNERSHIP_NAMES_ZH[c.ownership],
          tags: c.tags.map((t) => COMPANY_TAG_NAMES_ZH[t]).join('、'),
        } as unknown as Record<string, string | null>;
        ws.addRow(
          COMPANY_SHEET_COLUMNS.map((col) =>
            cells[col.field] ? neutraliseFormula(cells[col.field]!) : null,
          ),
        ).commit();
      }
      if (out.destroyed) return;
      if (out.writableNeedDrain) await once(out, 'drain');
      const after: string[] | null = page.nextCursor
        ? (decodeCursor(page.nextCursor, ['instant', 'uuid']) as string[])
        : null;
      page = after ? await this.companies.list(filter, PAGE, after) : null;
    }
    ws.commit();
    await wb.commit();
  }

  /**
   * Each row like a POST /companies body (ownership and tags as codes or Chinese names, lists split on 、);
   * a firm already registered (same credit code, or same normalised name without one) or twice in the file is
   * reported and skipped; valid rows are created in one transaction, each whole or not at all.
   */
  async import(file: Buffer, dryRun: boolean): Promise<CompanyImportReport> {
    const table = await readImportTable(file, companyImportFieldOf, (fields) => {
      if (!fields.includes('name')) {
        throw new ValidationFailedError([
          {
            field: 'file',
            message: tr('表头须包含“企业名称”（name）列', 'the header row must name 企业名称/name'),
          },
        ]);
      }
    });
    const report: CompanyImportReport = { dryRun, created: 0, skipped: 0, errors: [] };
    const seen = new Set<string>();
    const valid: ReturnType<typeof newCompanyFields>[] = [];
    for (const { row, values } of table) {
      const bad = [...values].filter(([, text]) => !isStorableText(text));
      const { value, errors } = bad.length
        ? {
            value: null,
            errors: bad.map(([field]) => ({
              field,
              message: tr('含有无效字符', 'has characters that cannot be stored'),
            })),
          }
        : parseCompanyRow(new Map([...values].map(([f, t]) => [f, t.replace(/^'([=+\-@])/, '$1')])));
      if (!value) {
        report.skipped++;
        report.errors.push(...errors.map((e) => ({ row, ...e })));
        continue;
      }
      const fields = newCompanyFields(value);
      const norm = normaliseCompanyName(fields.name);
      const key = fields.creditCode ?? `name:${norm}`;
      const existing = seen.has(key) ? 'file' : await this.companies.findDuplicateId(fields.creditCode, norm);
      if (existing) {
        report.skipped++;
        report.errors.push({
          row,
          field: fields.creditCode ? 'creditCode' : 'name',
          message:
            existing === 'file'
              ? tr('与文件中前面的行是同一企业', 'is the same company as an earlier row')
              : tr('企业库中已有该企业', 'is already registered'),
        });
        continue;
      }
      seen.add(key);
      valid.push(fields);
    }
    if (!dryRun && valid.length > 0) {
      await this.companies.db.transaction(async (tx) => {
        for (const fields of valid) {
          const id = await this.companies.insert(tx, fields, normaliseCompanyName(fields.name));
          await this.companies.replaceNames(tx, id, companyNameNorms(fields));
        }
      });
    }
    report.created = valid.length;
    return report;
  }
}
