import { parse as parseCsv } from 'csv-parse/sync';
import { tr, ValidationFailedError } from '@luodi/core';
import { decodeCsvText } from './csv-encoding';
import { readFirstSheet } from './xlsx-reader';

export const MAX_IMPORT_ROWS = 20_000;
/** The header row may be at most this wide; data cells beyond the mapped columns are never read. */
export const MAX_IMPORT_COLUMNS = 200;
/** What an .xlsx may inflate to (20,000 rows of every column as inline strings stay well below it). */
export const MAX_XLSX_UNCOMPRESSED = 64 * 1024 * 1024;
export const MAX_XLSX_ENTRIES = 1000;
/** Cells the header row may hold, empty ones included (a row can have no more than XFD's 16,384). */
const MAX_HEADER_CELLS = 16_384;
/** Characters in one CSV record (a row of 200 long cells fits). */
const MAX_CSV_RECORD = 256 * 1024;

/** One data row: its sheet row number and the text of each mapped column that has a cell. */
export interface ImportRow {
  row: number;
  values: Map<string, string>;
}

/**
 * Reads an import file's rows, keeping only the columns whose header `fieldOf` maps; `checkHeader` sees the
 * mapped header before any data row is read and throws to refuse the file. Rows, columns and (for .xlsx) the
 * inflated size are capped before anything is built from them, so a hostile file costs bounded memory and time.
 */
export async function readImportTable(
  file: Buffer,
  fieldOf: (header: string) => string | null,
  checkHeader: (fields: (string | null)[]) => void,
): Promise<ImportRow[]> {
  return isZip(file) ? readXlsx(file, fieldOf, checkHeader) : readCsv(file, fieldOf, checkHeader);
}

function isZip(file: Buffer): boolean {
  return file.length >= 4 && file[0] === 0x50 && file[1] === 0x4b && file[2] === 0x03 && file[3] === 0x04;
}

const noHeader = () =>
  new ValidationFailedError([{ field: 'file', message: tr('缺少表头行', 'has no header row') }]);

const tooManyRows = () =>
  new ValidationFailedError([
    {
      field: 'file',
      message: tr(`数据不能超过${MAX_IMPORT_ROWS}行`, `has more than ${MAX_IMPORT_ROWS} rows`),
    },
  ]);

const tooWide = (row: number) =>
  new ValidationFailedError([
    {
      field: 'file',
      message: tr(
        `第${row}行超过${MAX_IMPORT_COLUMNS}列，请只保留需要导入的列`,
        `row ${row} has more than ${MAX_IMPORT_COLUMNS} columns; keep only the columns to import`,
      ),
    },
  ]);

async function readXlsx(
  file: Buffer,
  fieldOf: (header: string) => string | null,
  checkHeader: (fields: (string | null)[]) => void,
): Promise<ImportRow[]> {
  let columns: Map<number, string> | null = null;
  let headerCells = 0;
  const rows: ImportRow[] = [];
  await readFirstSheet(
    file,
    { maxUncompressed: MAX_XLSX_UNCOMPRESSED, maxEntries: MAX_XLSX_ENTRIES },
    {
      wants: (col) => {
        if (columns) return columns.has(col);
        if (++headerCells > MAX_HEADER_CELLS) throw tooWide(1);
        return true;
      },
      row: (row, cells) => {
        if (!columns) {
          const named = cells.filter((c) => c.text.trim() !== '');
          if (named.length === 0) return; // blank rows above the header
          if (named.some((c) => c.col > MAX_IMPORT_COLUMNS)) throw tooWide(row);
          const fields: (string | null)[] = [];
          for (const c of named) fields[c.col - 1] = fieldOf(c.text);
          checkHeader(Array.from(fields, (f) => f ?? null));
          columns = new Map(fields.flatMap((f, i) => (f ? [[i + 1, f] as [number, string]] : [])));
          return;
        }
        const values = new Map<string, string>();
        for (const c of cells) values.set(columns.get(c.col)!, c.text);
        if (isBlank(values)) return;
        if (rows.length >= MAX_IMPORT_ROWS) throw tooManyRows();
        rows.push({ row, values });
      },
    },
  );
  if (!columns) throw noHeader();
  return rows;
}

function isBlank(values: Map<string, string>): boolean {
  for (const v of values.values()) if (v.trim() !== '') return false;
  return true;
}

/**
 * One pass over CSV bytes counting records and fields per record (quotes respected, blank lines not counted):
 * where the text stops holding more than `maxRecords` records, and the first line of a record wider than
 * `maxColumns`. Linear, and builds nothing.
 */
export function scanCsv(
  text: Uint8Array,
  maxRecords: number,
  maxColumns: number,
): { end: number; tooWideLine: number | null } {
  let records = 0;
  let fields = 1;
  let content = false;
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // \n, \r\n and a lone \r each end a line
    const newline = c === 0x0a || (c === 0x0d && text[i + 1] !== 0x0a);
    if (newline) line++;
    if (quoted) {
      if (c === 0x22) quoted = false; // a doubled quote re-opens at once
      continue;
    }
    if (newline) {
      if (content && ++records >= maxRecords) return { end: i + 1, tooWideLine: null };
      fields = 1;
      content = false;
      recordLine = line;
    } else if (c === 0x2c) {
      content = true;
      if (++fields > maxColumns) return { end: i, tooWideLine: recordLine };
    } else if (c !== 0x0d) {
      content = true;
      if (c === 0x22) quoted = true;
    }
  }
  return { end: text.length, tooWideLine: null };
}

function readCsv(
  file: Buffer,
  fieldOf: (header: string) => string | null,
  checkHeader: (fields: (string | null)[]) => void,
): ImportRow[] {
  // Cut before decoding and parsing: no more records than the header and one row too many, none wider than
  // the cap. The bytes scanned for (\n, \r, ",", '"') are ASCII in UTF-8 and GB18030 alike and never part of
  // a multi-byte character, so the cut is safe in either.
  const scan = scanCsv(file, MAX_IMPORT_ROWS + 2, MAX_IMPORT_COLUMNS);
  if (scan.tooWideLine !== null) throw tooWide(scan.tooWideLine);
  const text = decodeCsvText(file.subarray(0, scan.end));
  let records: string[][];
  try {
    records = parseCsv(text, {
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: MAX_CSV_RECORD,
    });
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
  if (records.length === 0) throw noHeader();
  const fields = records[0].map((h) => fieldOf(h));
  checkHeader(fields);
  if (records.length - 1 > MAX_IMPORT_ROWS) throw tooManyRows();
  return records.slice(1).flatMap((r, i) => {
    const values = new Map<string, string>();
    fields.forEach((f, col) => {
      const cell = r[col];
      if (f && cell !== undefined) values.set(f, cell);
    });
    // The row number as before: the header is row 1 and rows count from there.
    return isBlank(values) ? [] : [{ row: i + 2, values }];
  });
}
