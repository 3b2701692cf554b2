import type * as ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

/**
 * ExcelJS, loaded on the first workbook written rather than at start-up: the module costs ~28 MB of resident memory
 * in every process that imports it, and the worker (through the plans and leads barrels) never writes a workbook,
 * while the API writes one only on an export.
 */
export function loadExcelJs(): Promise<ExcelJS> {
  return (loading ??= import('exceljs'));
}
