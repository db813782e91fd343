import { Decimal } from '../_lib/decimal';
import { readDecimalPrefix, shiftDecimal, toHalfWidth } from './_lib/read-decimal-prefix';

/** A ratio read from text: `16.19:1`, `1:14.2`. */
export interface ParsedLocalizedRatio {
  /** The term before the colon, exact: `'16.19'` in `16.19:1`. */
  readonly antecedent: string;
  /** The term after the colon, exact: `'1'` in `16.19:1`. */
  readonly consequent: string;
  /**
   * antecedent ÷ consequent, exact when the quotient terminates, else to 64 significant digits;
   * `null` when the consequent is 0.
   */
  readonly value: string | null;
  /**
   * How it is written: `'x:1'` (生师比 16.19:1, the unit `ratio_to_one`), `'1:x'` (教师与幼儿比
   * 1:14.2, the unit `one_to_ratio`; a result's value is then the consequent), or `'x:y'`.
   */
  readonly form: 'x:1' | '1:x' | 'x:y';
}

// ':' and the full-width '：' (made half-width first), and the ratio sign '∶' (U+2236).
const separator = /^\s*[:\u2236]\s*/;

/**
 * Reads a ratio the way reports write it: `16.19:1`, `16.19：1`, `16.19∶1` (the ratio sign),
 * `1:14.2`, with half- or full-width digits and whitespace around the colon. Each term is read
 * like a plain number of {@link parseLocalizedNumber} without scale or unit (a sign is refused).
 *
 * @param text - The text, e.g. `'16.19:1'`.
 * @returns Both terms, their quotient and the form, or `null` when the text is not a ratio.
 * @throws Never: text that cannot be read gives `null`.
 *
 * @example
 * ```ts
 * parseLocalizedRatio('16.19:1'); // { antecedent: '16.19', consequent: '1', value: '16.19', form: 'x:1' }
 * parseLocalizedRatio('1:15');    // { antecedent: '1', consequent: '15', value: '0.0666…', form: '1:x' }
 * parseLocalizedRatio('16.19');   // null
 * ```
 */
export function parseLocalizedRatio(text: string): ParsedLocalizedRatio | null {
  if (typeof text !== 'string') return null;
  const normalized = toHalfWidth(text).trim();
  const first = /^[+-]/.test(normalized) ? null : readDecimalPrefix(normalized);
  const colon = first === null ? null : separator.exec(first.rest);
  if (first === null || colon === null) return null;
  const after = first.rest.slice(colon[0].length);
  const second = /^[+-]/.test(after) ? null : readDecimalPrefix(after);
  if (second === null || second.rest !== '') return null;
  const antecedent = shiftDecimal(first, 0);
  const consequent = shiftDecimal(second, 0);
  const divisor = new Decimal(consequent);
  return {
    antecedent,
    consequent,
    value: divisor.isZero() ? null : new Decimal(antecedent).div(divisor).toString(),
    form: consequent === '1' ? 'x:1' : antecedent === '1' ? '1:x' : 'x:y',
  };
}
