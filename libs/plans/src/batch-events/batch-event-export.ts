import { loadExcelJs } from '@luodi/core';
import { PARK_NAMES_ZH, STAGE_NAMES_ZH, TRACK_NAMES_ZH } from '@luodi/catalog';
import { BATCH_LIST_NAMES_ZH, BATCH_LISTS, BatchEventDetail } from './batch-event';

/** The columns of the province's 三个一批 list (one sheet per list), in its order and words. */
export const BATCH_EXPORT_HEADERS = [
  '序号',
  '项目名称',
  '建设单位',
  '所属赛道',
  '所在园区',
  '总投资（亿元）',
  '预计年产值（亿元）',
  '当前阶段',
  '是否达到',
  '达到日期',
] as const;

const yi = (wan: string | null) => (wan === null ? null : Number(wan) / 10000);

/**
 * The event as the province's list workbook: a sheet per list (签约一批, 开工一批, 投产一批) under a title row
 * "第N期“三个一批”活动 签约一批项目清单（日期）", the header row, one row per project, and a 合计 row. Amounts are
 * numbers in 亿元 with four decimals shown (Excel cells are for reading; the exact 万元 stay in the API).
 */
export async function batchEventWorkbook(event: BatchEventDetail): Promise<Buffer> {
  const wb = new (await loadExcelJs()).Workbook();
  const name = (names: Record<string, string>, code: string) => names[code] ?? code;
  const trackName = (code: string) => name(TRACK_NAMES_ZH, code);
  const parkName = (code: string | null) => (code ? name(PARK_NAMES_ZH, code) : '未落园区');
  const stageName = (code: string) => name(STAGE_NAMES_ZH, code);
  for (const list of BATCH_LISTS) {
    const view = event[list];
    const ws = wb.addWorksheet(BATCH_LIST_NAMES_ZH[list]);
    const period = event.period ? `第${event.period}期` : '';
    ws.addRow([
      `${period}“三个一批”活动 ${BATCH_LIST_NAMES_ZH[list]}项目清单（${event.name}，${event.date}）`,
    ]);
    ws.mergeCells(1, 1, 1, BATCH_EXPORT_HEADERS.length);
    ws.getRow(1).font = { bold: true, size: 14 };
    ws.addRow([...BATCH_EXPORT_HEADERS]).font = { bold: true };
    view.entries.forEach((e, i) =>
      ws.addRow([
        i + 1,
        e.projectName,
        e.companyName,
        trackName(e.track),
        parkName(e.park),
        yi(e.plannedInvestmentWan),
        yi(e.expectedOutputWan),
        stageName(e.stage),
        e.reached ? '是' : '否',
        e.reachedAt ?? '',
      ]),
    );
    ws.addRow([
      '合计',
      `${view.count}个项目`,
      '',
      '',
      '',
      yi(view.totalInvestmentWan),
      yi(view.expectedOutputWan),
      '',
      `未达到${view.notReached}个`,
      '',
    ]).font = { bold: true };
    for (const col of [6, 7]) ws.getColumn(col).numFmt = '0.0000';
    ws.columns.forEach((c, i) => (c.width = [6, 32, 30, 14, 12, 14, 16, 10, 10, 12][i]));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
