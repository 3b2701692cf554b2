import { Injectable } from '@nestjs/common';
import { Clock, isStorableText, TransactionRunner, tr, ValidationFailedError } from '@luodi/core';
import { User } from '@luodi/users';
import { NewLead } from '../lead/lead';
import { parseNewLeadFields } from '../fields/lead-fields';
import { AuditRepository } from '../audit/audit.repository';
import { ApprovalsRepository } from '../approvals/approvals.repository';
import { importFieldOf } from './lead-sheet-columns';
import { readImportTable } from './import/import-table';
import { LeadsRepository } from '../repository/leads.repository';
import { creationChanges } from '../lead/leads.service';
import { nameKey } from '../fields/name-key';

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

export { MAX_IMPORT_ROWS } from './import/import-table';
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
    private readonly audit: AuditRepository,
    private readonly approvals: ApprovalsRepository,
    private readonly transaction: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async import(file: Buffer, actor: User, dryRun: boolean): Promise<ImportReport> {
    const table = await readImportTable(file, importFieldOf, checkHeader);
    const errors: ImportError[] = [];
    const candidates: Candidate[] = [];
    let skipped = 0;
    for (const { row, values } of table) {
      const raw: Record<string, unknown> = {};
      const badText: ImportError[] = [];
      for (const [field, text] of values) {
        if (isStorableText(text)) raw[field] = unneutralise(text);
        else
          badText.push({ row, field, message: tr('含有无效字符', 'has characters that cannot be stored') });
      }
      if (badText.length > 0) {
        skipped++;
        errors.push(...badText);
        continue;
      }
      const { value, errors: rowErrors } = parseNewLeadFields(raw, true);
      if (!value) {
        skipped++;
        errors.push(...rowErrors.map((e) => ({ row, ...e })));
        continue;
      }
      const lead: NewLead = { ...value, ownerId: actor.id, leaderId: null };
      candidates.push({
        row,
        lead,
        companyKey: nameKey(lead.companyName),
        projectKey: nameKey(lead.projectName),
      });
    }

    const unique = await this.withoutDuplicates(candidates, errors);
    skipped += candidates.length - unique.length;
    if (dryRun) return { dryRun, created: unique.length, skipped, errors: sortErrors(errors) };

    // Retried as a whole on a deadlock, so it keeps its results to itself until it commits.
    const outcome = await this.transaction.run(async (tx) => {
      const today = this.clock.today();
      const now = this.clock.now();
      const late: ImportError[] = [];
      let inserted = 0;
      for (let start = 0; start < unique.length; start += BATCH) {
        const batch = unique.slice(start, start + BATCH);
        const ids = await this.leads.insertMany(
          tx,
          batch.map((c) => c.lead),
          today,
          now,
        );
        const rows = batch.flatMap((c, k) => (ids[k] ? [{ leadId: ids[k], lead: c.lead }] : []));
        // A row another request created since the check above is skipped by ON CONFLICT: report it.
        batch.forEach((c, k) => {
          if (!ids[k]) late.push({ row: c.row, field: 'companyName', message: duplicatesOpenLead() });
        });
        await this.approvals.insertPending(
          tx,
          rows.map((x) => x.leadId),
        );
        await this.audit.recordMany(
          tx,
          rows.map((x) => ({ leadId: x.leadId, changes: creationChanges(x.lead) })),
          actor.id,
          'imported',
        );
        inserted += rows.length;
      }
      return { inserted, late };
    });
    const created = outcome.inserted;
    skipped += unique.length - created;
    errors.push(...outcome.late);
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

function checkHeader(fields: (string | null)[]): void {
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
}

function sortErrors(errors: ImportError[]): ImportError[] {
  return errors.sort((a, b) => a.row - b.row);
}

/** The export writes `'=…` for cells that begin like a formula; importing it back restores the text. */
function unneutralise(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}
