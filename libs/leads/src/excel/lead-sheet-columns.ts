import { LEAD_SHEET_COLUMNS } from '../fields/lead-field-table';

/**
 * The Excel/CSV columns come from the field table (fields/lead-field-table.ts). An import accepts either header
 * (Chinese or field name); the export's read-only columns are ignored on import, so an exported file can be
 * edited and imported back.
 */

/** Header text (Chinese or field name) → field, for the columns an import reads. */
export function importFieldOf(header: string): string | null {
  const h = header.trim();
  const col = LEAD_SHEET_COLUMNS.find((c) => c.header === h || c.field === h);
  return col?.importable ? col.field : null;
}

/** A cell a spreadsheet would run as a formula is written with a leading apostrophe, as text. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
