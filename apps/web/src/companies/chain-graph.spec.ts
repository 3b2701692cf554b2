import { chainGraphOption, type ReportLink } from './chain-graph';

const link = (id: string, position: string, state: string): ReportLink => ({
  id,
  name: id,
  position,
  companiesPresent: 0,
  leadsInProgress: 0,
  targetsNotApproached: 0,
  signedAmountWan: '0.0000',
  gap: state === 'empty',
  state,
});

describe('chainGraphOption', () => {
  it('lays links out by position, colours them by state and joins each column to the next', () => {
    const option = chainGraphOption([
      link('衬底', 'upstream', 'present'),
      link('外延', 'midstream', 'in_progress'),
      link('器件', 'midstream', 'targets_only'),
      link('封测', 'downstream', 'empty'),
    ]) as {
      series: {
        data: { id: string; x: number; y: number; itemStyle: { color: string } }[];
        links: unknown[];
      }[];
    };
    const [series] = option.series;
    expect(series.data.map((n) => [n.id, n.x, n.y])).toEqual([
      ['衬底', 0, 0],
      ['外延', 260, 0],
      ['器件', 260, 90],
      ['封测', 520, 0],
    ]);
    expect(series.data.map((n) => n.itemStyle.color)).toEqual(['#2e7d32', '#1565c0', '#ef6c00', '#9e9e9e']);
    expect(series.links).toEqual([
      { source: '衬底', target: '外延' },
      { source: '衬底', target: '器件' },
      { source: '外延', target: '封测' },
      { source: '器件', target: '封测' },
      { source: '外延', target: '器件' },
    ]);
  });
});
