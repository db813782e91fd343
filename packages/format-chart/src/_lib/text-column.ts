import { estimateTextWidth } from '../render/_lib/estimate-text-width';
import { labelFontSize } from './base-config';
import { chartColours } from './chart-colours';

/** @internal The line height of multi-line labels, in pixels. */
export const labelLineHeight = 15;

/**
 * @internal A column of text beside a chart's rows (the row labels, the value as published, the
 * threshold): a view over the same rows in `key` order, as wide as its longest line, with `header`
 * as its title. A field holding an array of lines is written on several lines, centred on its row
 * (vega would hang the extra lines below the middle).
 */
export function textColumn({
  rows,
  field,
  header,
  step,
  align = 'left',
  widthOf = rows,
}: {
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  readonly field: string;
  readonly header: string;
  /** The row height in pixels, the same as the chart's beside it. */
  readonly step: number;
  readonly align?: 'left' | 'right';
  /** The rows whose texts set the column's width (several blocks share one width). Default `rows`. */
  readonly widthOf?: readonly Readonly<Record<string, unknown>>[];
}): Record<string, unknown> {
  const lines = widthOf.flatMap((row) => {
    const value = row[field];
    return Array.isArray(value) ? value.map(String) : [String(value ?? '')];
  });
  const width =
    Math.max(estimateTextWidth(header, labelFontSize), ...lines.map((line) => estimateTextWidth(line, labelFontSize))) +
    8;
  // Each text is placed at its row's middle in pixels (rows are `step` apart, as the bands of the
  // chart beside it are), raised by half its extra lines: vega hangs extra lines below the middle.
  const values = rows.map((row, index) => {
    const value = row[field];
    const extraLines = Array.isArray(value) ? value.length - 1 : 0;
    return { ...row, _y: step * (index + 0.5) - (labelLineHeight / 2) * extraLines };
  });
  return {
    title: { text: header, fontSize: labelFontSize, fontWeight: 'normal', anchor: align === 'left' ? 'start' : 'end' },
    data: { values },
    width,
    height: step * rows.length,
    mark: {
      type: 'text',
      align,
      baseline: 'middle',
      lineHeight: labelLineHeight,
      fontSize: labelFontSize,
      color: chartColours.text,
    },
    encoding: {
      y: { field: '_y', type: 'quantitative', scale: null },
      x: { value: align === 'left' ? 0 : width },
      text: { field },
      description: { field: 'description' },
    },
  };
}
