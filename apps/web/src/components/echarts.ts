/**
 * ECharts, only the modules Luodi draws with (tree-shaken): bar, line, gauge and funnel charts on canvas, with grid,
 * tooltip, legend, mark lines and titles. The cockpit adds modules here as it needs them.
 */
import { use, init, type EChartsType } from 'echarts/core';
import { BarChart, FunnelChart, GaugeChart, GraphChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart,
  LineChart,
  GaugeChart,
  FunnelChart,
  GraphChart, // 产业链图谱
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { init, type EChartsType };
