import { FieldError, tr } from '@luodi/core';
import { codeFromLabel, creditCodeError, normaliseCreditCode, textError, trimText } from '@luodi/leads';
import {
  COMPANY_TAG_NAMES_ZH,
  COMPANY_TAGS,
  CompanyTag,
  MAX_ALIASES,
  MAX_COMPANY_NAME,
  MAX_COMPANY_NOTES,
  MAX_COMPANY_SHORT_TEXT,
  Ownership,
  OWNERSHIP_NAMES_ZH,
  OWNERSHIPS,
} from './company';
import { CompanyInput } from './company-fields';

/** The 企业库 sheet: API field, Chinese header, whether an import reads it (the same file goes out and back in). */
export const COMPANY_SHEET_COLUMNS: { field: string; header: string; importable: boolean; width: number }[] =
  [
    { field: 'id', header: '企业编号', importable: false, width: 38 },
    { field: 'name', header: '企业名称', importable: true, width: 34 },
    { field: 'creditCode', header: '统一社会信用代码', importable: true, width: 22 },
    { field: 'aliases', header: '简称', importable: true, width: 24 },
    { field: 'ownership', header: '企业性质', importable: true, width: 12 },
    { field: 'tags', header: '标签', importable: true, width: 28 },
    { field: 'hqRegion', header: '总部所在地', importable: true, width: 16 },
    { field: 'website', header: '网站', importable: true, width: 26 },
    { field: 'notes', header: '备注', importable: true, width: 40 },
  ];

export function companyImportFieldOf(header: string): string | null {
  const h = header.trim();
  const col = COMPANY_SHEET_COLUMNS.find((c) => c.header === h || c.field === h);
  return col?.importable ? col.field : null;
}

/** Lists in a cell: 、 , ， ; ； or a line break between items. */
export const splitList = (text: string) =>
  text
    .split(/[、,，;；\n]/u)
    .map(trimText)
    .filter((s) => s !== '');

/** A sheet row's cells → a company's fields (codes or Chinese names accepted), or every problem in it. */
export function parseCompanyRow(cells: Map<string, string>): {
  value: (CompanyInput & { name: string }) | null;
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const text = (field: string, max: number, required: boolean) => {
    const v = cells.get(field) ?? '';
    const problem = textError(v, max, required);
    if (problem) errors.push({ field, message: problem });
    return trimText(v) || null;
  };
  const name = text('name', MAX_COMPANY_NAME, true);
  let creditCode: string | null = null;
  const code = trimText(cells.get('creditCode') ?? '');
  if (code) {
    const problem = creditCodeError(code);
    if (problem) errors.push({ field: 'creditCode', message: problem });
    else creditCode = normaliseCreditCode(code);
  }
  const aliases = splitList(cells.get('aliases') ?? '');
  if (aliases.length > MAX_ALIASES || aliases.some((a) => a.length > MAX_COMPANY_NAME)) {
    errors.push({
      field: 'aliases',
      message: tr(
        `最多${MAX_ALIASES}个，每个不超过${MAX_COMPANY_NAME}字`,
        `at most ${MAX_ALIASES}, each at most ${MAX_COMPANY_NAME} characters`,
      ),
    });
  }
  let ownership: Ownership = 'other';
  const o = trimText(cells.get('ownership') ?? '');
  if (o) {
    const found = codeFromLabel(o, OWNERSHIPS, OWNERSHIP_NAMES_ZH) as Ownership | null;
    if (found) ownership = found;
    else
      errors.push({
        field: 'ownership',
        message: tr(
          `须为以下之一：${Object.values(OWNERSHIP_NAMES_ZH).join('、')}`,
          `must be one of ${OWNERSHIPS.join(', ')}`,
        ),
      });
  }
  const tags: CompanyTag[] = [];
  for (const t of splitList(cells.get('tags') ?? '')) {
    const found = codeFromLabel(t, COMPANY_TAGS, COMPANY_TAG_NAMES_ZH) as CompanyTag | null;
    if (found) tags.push(found);
    else
      errors.push({
        field: 'tags',
        message: tr(
          `“${t}”不是可用标签：${Object.values(COMPANY_TAG_NAMES_ZH).join('、')}`,
          `"${t}" is not one of ${COMPANY_TAGS.join(', ')}`,
        ),
      });
  }
  const hqRegion = text('hqRegion', MAX_COMPANY_SHORT_TEXT, false);
  const website = text('website', MAX_COMPANY_SHORT_TEXT, false);
  const notes = text('notes', MAX_COMPANY_NOTES, false);
  if (errors.length > 0 || !name) return { value: null, errors };
  return { value: { name, creditCode, aliases, ownership, tags, hqRegion, website, notes }, errors };
}
