export type { ChartResult } from './_lib/to-result';
export type { Chart, ChartSpec } from './chart/chart';
export type { ChartOptions } from './chart/chart-options';
export { type ChartFormatter, chartFormatter, createChartFormatter } from './formatter/create-chart-formatter';
export { type PassFailCellStatus, type PassFailMatrixOptions, passFailMatrix } from './pass-fail/pass-fail-matrix';
export { type RenderChartSvgOptions, renderChartSvg } from './render/render-chart-svg';
export { type SchoolDotPlotInput, type SchoolDotPlotOptions, schoolDotPlot } from './school-dots/school-dot-plot';
export {
  type ThresholdBar,
  type ThresholdBarChartOptions,
  thresholdBarChart,
} from './threshold-bars/threshold-bar-chart';
export { type TrendChartOptions, type TrendPoint, type TrendSeries, trendChart } from './trends/trend-chart';
