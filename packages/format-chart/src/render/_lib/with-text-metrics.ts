import { estimateTextWidth } from './estimate-text-width';

/** The part of vega's `textMetrics` this module swaps. */
interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
  readonly estimateWidth: (item: TextItem, text: unknown) => number;
}

/** The fields of a vega text item the estimate reads. */
interface TextItem {
  readonly fontSize?: number | string | null;
  readonly fontWeight?: number | string | null;
}

// The text's full width, ignoring `limit`: vega truncates by calling this for each candidate, so
// truncating here too would make every candidate fit. Charts here set no limits; a limit set by
// hand still truncates, its bounds are only a little wide.
function measureText(item: TextItem, text: unknown): number {
  const value = text === null || text === undefined ? '' : String(text).trim();
  if (value.length === 0) return 0;
  const fontSize = item.fontSize === null || item.fontSize === undefined ? 11 : Number(item.fontSize) || 0;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600);
  return estimateTextWidth(value, fontSize, bold);
}

// Marked with a global symbol, so every copy of this package knows the estimate as its own.
const ownMeasure = Symbol.for('edukpi.format-chart.text-measure');
const measure = Object.assign(measureText, { [ownMeasure]: true });
const isOwnMeasure = (width: TextMetrics['width']) => (width as { [ownMeasure]?: boolean })[ownMeasure] === true;

// The count of renders in progress lives on vega's own object, under a global symbol, so two copies
// of this package in one process (an ESM and a CommonJS one) share it.
const activeRenders = Symbol.for('edukpi.format-chart.active-renders');
type CountedMetrics = TextMetrics & { [activeRenders]?: number };

/**
 * @internal Runs `render` with vega measuring text by {@link estimateTextWidth} instead of its
 * 0.8-em-per-character estimate, which clips CJK labels. Vega documents replacing
 * `textMetrics.width` (vl-convert does the same); the replacement is made only where vega would
 * estimate (no canvas installed: a real canvas measures better), and undone when the last
 * concurrent render finishes, so vega is left as it was found.
 */
export async function withTextMetrics<T>(textMetrics: TextMetrics, render: () => Promise<T>): Promise<T> {
  const counted = textMetrics as CountedMetrics;
  const active = counted[activeRenders] ?? 0;
  if (active === 0 && counted.width === counted.estimateWidth) counted.width = measure;
  counted[activeRenders] = active + 1;
  try {
    return await render();
  } finally {
    const left = (counted[activeRenders] ?? 1) - 1;
    counted[activeRenders] = left;
    // Only this package's estimate is taken back (vega's canvas measure, or one set by others, stays).
    if (left === 0 && isOwnMeasure(counted.width)) counted.width = counted.estimateWidth;
  }
}
