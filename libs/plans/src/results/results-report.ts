import { Decimal, formatWan, wanToYi } from '@luodi/core';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import type { Yardstick } from '@luodi/targets';
import { ResultsReport, ResultTotals } from './result';

/** One aggregate row from SQL: the zone, a track, a park (key null: no park) or a quarter (key `1`..`4`). */
export interface ResultAggregate {
  level: 'zone' | 'track' | 'park' | 'quarter';
  key: string | null;
  projects: number;
  outputWan: string;
  taxWan: string;
  employees: number;
}

function totals(row: ResultAggregate | undefined): ResultTotals {
  const output = row?.outputWan ?? '0';
  const tax = row?.taxWan ?? '0';
  return {
    projects: row?.projects ?? 0,
    outputWan: formatWan(output),
    outputYi: wanToYi(output),
    taxWan: formatWan(tax),
    taxYi: wanToYi(tax),
    employees: row?.employees ?? 0,
  };
}

/** The results report: the year's totals, every track and park (zeros included), the quarters with running 产值. */
export function assembleResults(
  year: number,
  rows: ResultAggregate[],
  newOutput: Yardstick | null,
): ResultsReport {
  const find = (level: ResultAggregate['level'], key: string | null) =>
    rows.find((r) => r.level === level && r.key === key);
  let running = new Decimal(0);
  return {
    year,
    ...totals(find('zone', null)),
    newOutput,
    byQuarter: [1, 2, 3, 4].map((q) => {
      const t = totals(find('quarter', String(q)));
      running = running.plus(t.outputWan);
      return { quarter: `${year}-Q${q}`, ...t, cumulativeOutputWan: formatWan(running) };
    }),
    byTrack: TRACK_CODES.map((track) => ({ track, ...totals(find('track', track)) })),
    byPark: [...PARK_CODES, null].map((park) => ({ park, ...totals(find('park', park)) })),
  };
}
