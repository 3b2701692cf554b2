import type { EChartsCoreOption } from 'echarts/core';
import { CHAIN_POSITION_NAMES, LINK_STATES } from './company-labels';

export interface ReportLink {
  id: string;
  name: string;
  position: string;
  companiesPresent: number;
  leadsInProgress: number;
  targetsNotApproached: number;
  signedAmountWan: string;
  gap: boolean;
  state: string;
}

const COLUMNS = ['upstream', 'midstream', 'downstream'];

/**
 * One chain as an ECharts graph: links laid out in three columns (上游 → 中游 → 下游, in the order they were added
 * within a column), each node coloured by its state, arrows from each column to the next.
 */
export function chainGraphOption(links: ReportLink[]): EChartsCoreOption {
  const rows = new Map<string, number>();
  const nodes = links.map((l) => {
    const column = COLUMNS.indexOf(l.position);
    const row = rows.get(l.position) ?? 0;
    rows.set(l.position, row + 1);
    return {
      id: l.id,
      name: l.name,
      x: column * 260,
      y: row * 90,
      value: l.id,
      symbolSize: [132, 48],
      symbol: 'roundRect',
      itemStyle: { color: LINK_STATES[l.state]?.color ?? '#9e9e9e' },
      label: {
        show: true,
        color: '#fff',
        fontSize: 14,
        formatter: `${l.name}\n${CHAIN_POSITION_NAMES[l.position]}`,
      },
      tooltip: {
        formatter:
          `${l.name}（${CHAIN_POSITION_NAMES[l.position]}）<br/>${LINK_STATES[l.state]?.name ?? ''}<br/>` +
          `落地企业 ${l.companiesPresent} · 在谈项目 ${l.leadsInProgress} · 未接洽目标 ${l.targetsNotApproached}`,
      },
    };
  });
  const edges = [];
  for (let c = 0; c < COLUMNS.length - 1; c++) {
    const from = links.filter((l) => l.position === COLUMNS[c]);
    const nextColumn = COLUMNS.slice(c + 1).find((p) => links.some((l) => l.position === p));
    const to = links.filter((l) => l.position === nextColumn);
    for (const a of from) for (const b of to) edges.push({ source: a.id, target: b.id });
  }
  // Links within the middle column follow each other (外延 → 器件).
  const mid = links.filter((l) => l.position === 'midstream');
  for (let i = 0; i + 1 < mid.length; i++) edges.push({ source: mid[i].id, target: mid[i + 1].id });
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: false,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 8,
        lineStyle: { color: '#90a4ae', width: 1.5, curveness: 0.1 },
        data: nodes,
        links: edges,
      },
    ],
  };
}
