import { numberFormatType } from '../render/_lib/load-vega';
import { chartColours } from './chart-colours';
import type { ResolvedChartOptions } from './resolve-chart-options';

/** @internal The font size of labels; titles are larger. */
export const labelFontSize = 12;

/**
 * @internal The Vega-Lite `config` every chart shares: the font list, numbers printed through
 * `@edukpi/format-text` in the chart's locale, and no label, legend or title truncation (a CJK
 * label is never cut; the layout makes room for it instead), with generous padding.
 */
export function baseConfig({ locale, fontFamily }: ResolvedChartOptions): Record<string, unknown> {
  return {
    font: fontFamily,
    background: 'white',
    padding: 16,
    customFormatTypes: true,
    numberFormatType,
    numberFormat: JSON.stringify({ locale }),
    view: { stroke: null },
    title: {
      anchor: 'start',
      fontSize: 16,
      fontWeight: 'bold',
      color: chartColours.text,
      subtitleFontSize: 12,
      subtitleColor: '#444444',
      subtitlePadding: 6,
      limit: 0,
      offset: 14,
    },
    axis: {
      labelFontSize,
      titleFontSize: labelFontSize,
      titleFontWeight: 'normal',
      labelColor: chartColours.text,
      titleColor: chartColours.text,
      labelLimit: 0,
      labelPadding: 6,
      titlePadding: 10,
      gridColor: '#e6e6e6',
      domainColor: '#888888',
      tickColor: '#888888',
    },
    legend: {
      labelFontSize,
      titleFontSize: labelFontSize,
      titleFontWeight: 'normal',
      labelLimit: 0,
      titleLimit: 0,
      orient: 'bottom',
      direction: 'horizontal',
      columnPadding: 18,
      symbolSize: 120,
      offset: 16,
    },
    header: { labelLimit: 0, titleLimit: 0, labelFontSize, titleFontSize: labelFontSize },
    concat: { spacing: 12 },
    text: { fontSize: labelFontSize, color: chartColours.text },
  };
}
