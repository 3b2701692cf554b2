import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { tr, ValidationFailedError } from '@luodi/core';
import { InflateBudget, inflateEntry, listZipEntries, ZipEntry, ZipLimits } from './zip-entries';

/** A cell the sheet reader hands on: its 1-based column and its text as the importer reads it. */
export interface SheetCell {
  col: number;
  text: string;
}

export interface SheetVisitor {
  /** Whether a cell of this column is wanted (unwanted ones are never built). */
  wants: (col: number) => boolean;
  /** Called at each `</row>` with the wanted cells that row had. */
  row: (row: number, cells: SheetCell[]) => void;
}

/** The highest column a sheet can have (XFD). */
const MAX_COLUMN = 16384;

const unreadable = () =>
  new ValidationFailedError([
    { field: 'file', message: tr('不是可读取的 .xlsx 工作簿', 'is not a readable .xlsx workbook') },
  ]);

/**
 * Reads the first worksheet of an .xlsx with a streaming XML parser, building only the cells `visitor.wants`:
 * a cell at column XFD or a million unwanted cells cost one comparison each. Only the parts it needs are
 * inflated (workbook, relationships, shared strings, styles, the sheet), within `limits`.
 */
export async function readFirstSheet(file: Buffer, limits: ZipLimits, visitor: SheetVisitor): Promise<void> {
  const entries = listZipEntries(file, limits);
  const budget: InflateBudget = { left: limits.maxUncompressed, limits };
  const book = await readWorkbook(entries, budget);
  const sheet = entries.get(book.sheetPath);
  if (!sheet) throw unreadable();
  const shared = await readSharedStrings(entries.get('xl/sharedStrings.xml'), budget);
  const dateStyles = await readDateStyles(entries.get('xl/styles.xml'), budget);

  let rowNumber = 0;
  let cells: SheetCell[] = [];
  let col = 0;
  let cell: { col: number; type: string; style: number; text: string } | null = null;
  let inValue = false;
  let inPhonetic = false;
  await parseEntry(sheet, budget, {
    open(tag) {
      switch (tag.name) {
        case 'row':
          rowNumber = positiveInt(tag.attributes.r) ?? rowNumber + 1;
          cells = [];
          col = 0;
          break;
        case 'c': {
          col = columnOf(tag.attributes.r) ?? col + 1;
          cell = visitor.wants(col)
            ? { col, type: tag.attributes.t ?? 'n', style: positiveInt(tag.attributes.s) ?? 0, text: '' }
            : null;
          break;
        }
        case 'v':
        case 't':
          inValue = cell !== null;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
      }
    },
    text(t) {
      if (inValue && !inPhonetic && cell) cell.text += t;
    },
    close(tag) {
      switch (tag.name) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c':
          if (cell) cells.push({ col: cell.col, text: cellText(cell, shared, dateStyles, book.date1904) });
          cell = null;
          break;
        case 'row':
          visitor.row(rowNumber, cells);
          cells = [];
          break;
      }
    },
  });
}

interface Handlers {
  open: (tag: SaxesTagPlain) => void;
  text: (text: string) => void;
  close: (tag: SaxesTagPlain) => void;
}

/** Streams one entry through a strict XML parser (no DTD entities are expanded). */
async function parseEntry(entry: ZipEntry, budget: InflateBudget, handlers: Handlers): Promise<void> {
  const parser = new SaxesParser();
  let failure: unknown = null;
  parser.on('error', (err) => (failure ??= err));
  parser.on('opentag', (tag) => handlers.open(tag));
  parser.on('text', (text) => handlers.text(text));
  parser.on('closetag', (tag) => handlers.close(tag));
  const decoder = new StringDecoder('utf8');
  await inflateEntry(entry, budget, (chunk) => {
    parser.write(decoder.write(chunk));
    if (failure) throw failure instanceof ValidationFailedError ? failure : unreadable();
  });
  parser.write(decoder.end());
  parser.close();
  if (failure) throw failure instanceof ValidationFailedError ? failure : unreadable();
}

async function readWorkbook(
  entries: Map<string, ZipEntry>,
  budget: InflateBudget,
): Promise<{ sheetPath: string; date1904: boolean }> {
  let date1904 = false;
  let firstSheetRel: string | null = null;
  const workbook = entries.get('xl/workbook.xml');
  if (workbook) {
    await parseEntry(workbook, budget, {
      open(tag) {
        if (tag.name === 'workbookPr') date1904 = ['1', 'true'].includes(tag.attributes.date1904 ?? '');
        if (tag.name === 'sheet' && firstSheetRel === null) firstSheetRel = tag.attributes['r:id'] ?? '';
      },
      text: () => undefined,
      close: () => undefined,
    });
  }
  let sheetPath = 'xl/worksheets/sheet1.xml';
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (rels && firstSheetRel) {
    await parseEntry(rels, budget, {
      open(tag) {
        if (tag.name === 'Relationship' && tag.attributes.Id === firstSheetRel && tag.attributes.Target) {
          const target = tag.attributes.Target;
          sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
        }
      },
      text: () => undefined,
      close: () => undefined,
    });
  }
  return { sheetPath, date1904 };
}

async function readSharedStrings(entry: ZipEntry | undefined, budget: InflateBudget): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  await parseEntry(entry, budget, {
    open(tag) {
      if (tag.name === 'si') current = '';
      else if (tag.name === 't') inText = true;
      else if (tag.name === 'rPh') inPhonetic = true;
    },
    text(t) {
      if (inText && !inPhonetic && current !== null) current += t;
    },
    close(tag) {
      if (tag.name === 'si') {
        strings.push(current ?? '');
        current = null;
      } else if (tag.name === 't') inText = false;
      else if (tag.name === 'rPh') inPhonetic = false;
    },
  });
  return strings;
}

/** Built-in number formats that show dates (including the CJK ones, 27–36 and 50–58). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** The cell style indexes whose number format is a date (dates are numbers with such a format). */
async function readDateStyles(entry: ZipEntry | undefined, budget: InflateBudget): Promise<Set<number>> {
  const styles = new Set<number>();
  if (!entry) return styles;
  const customDates = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  await parseEntry(entry, budget, {
    open(tag) {
      if (tag.name === 'numFmt' && isDateFormat(tag.attributes.formatCode ?? '')) {
        customDates.add(Number(tag.attributes.numFmtId));
      } else if (tag.name === 'cellXfs') {
        inCellXfs = true;
      } else if (tag.name === 'xf' && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        if (BUILTIN_DATE_FORMATS.has(id) || customDates.has(id)) styles.add(index);
        index++;
      }
    },
    text: () => undefined,
    close(tag) {
      if (tag.name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** A format shows a date when, outside quoted text and [..] sections, it has a date or time letter. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function cellText(
  cell: { type: string; style: number; text: string },
  shared: string[],
  dateStyles: Set<number>,
  date1904: boolean,
): string {
  switch (cell.type) {
    case 's':
      return decodeEscapes(shared[Number(cell.text)] ?? '');
    case 'inlineStr':
    case 'str':
      return decodeEscapes(cell.text);
    case 'b':
      return cell.text === '1' ? 'true' : cell.text === '0' ? 'false' : cell.text;
    case 'e':
      return '';
    default: {
      const n = Number(cell.text);
      if (cell.text.trim() === '' || !Number.isFinite(n)) return cell.text;
      if (dateStyles.has(cell.style)) return serialToDate(n, date1904) ?? String(n);
      return String(n);
    }
  }
}

/** An Excel serial day as `YYYY-MM-DD` (1900 system: day 25569 is 1970-01-01; 1904 system: 24107). */
function serialToDate(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - (date1904 ? 24107 : 25569)) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** OOXML escapes characters XML cannot carry as `_xHHHH_`. */
function decodeEscapes(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

function positiveInt(v: string | undefined): number | null {
  if (v === undefined || !/^\d{1,7}$/.test(v)) return null;
  const n = Number(v);
  return n > 0 ? n : null;
}

/** The column of a cell reference (`AB12` → 28); past XFD it is beyond every wanted column. */
function columnOf(ref: string | undefined): number | null {
  const letters = ref ? /^([A-Za-z]{1,3})\d*$/.exec(ref)?.[1] : undefined;
  if (!letters) return ref ? MAX_COLUMN + 1 : null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
