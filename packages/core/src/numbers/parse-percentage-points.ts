import { readDecimalPrefix, shiftDecimal, toHalfWidth } from './_lib/read-decimal-prefix';

/** A difference of two percentages read from text: `3.22个百分点`. */
export interface ParsedPercentagePoints {
  /** The difference in percentage points, exact: `'3.22'`. Negative when written with a minus sign. */
  readonly value: string;
}

const pointWords = /^(?:个百分点|個百分點|百分点|百分點|percentage points?|pp|p\.p\.)$/i;

/**
 * Reads a difference of two percentages, as reports write it: `3.22个百分点`, `3.22個百分點`,
 * `0.5百分点`, `3.22 percentage points`, `3.22 pp`; half- or full-width digits, an optional sign.
 * A plain percent (`3.22%`) is not a difference in percentage points: read it with
 * {@link parseLocalizedNumber}.
 *
 * @param text - The text, e.g. `'3.22个百分点'`.
 * @returns The difference, or `null` when the text is not a number of percentage points.
 * @throws Never: text that cannot be read gives `null`.
 *
 * @example
 * ```ts
 * parsePercentagePoints('3.22个百分点'); // { value: '3.22' }
 * parsePercentagePoints('-0.5 percentage points'); // { value: '-0.5' }
 * parsePercentagePoints('3.22%'); // null
 * ```
 */
export function parsePercentagePoints(text: string): ParsedPercentagePoints | null {
  if (typeof text !== 'string') return null;
  const prefix = readDecimalPrefix(toHalfWidth(text).trim());
  if (prefix === null || !pointWords.test(prefix.rest.trim())) return null;
  return { value: shiftDecimal(prefix, 0) };
}
