import { readDecimalPrefix, shiftDecimal, toHalfWidth } from './_lib/read-decimal-prefix';

/** A number read from text the way Chinese and English reports write it. */
export interface ParsedLocalizedNumber {
  /** Exact decimal string with any 万/亿 scale applied: '6.91万' → '69100'; a percent is NOT divided: '92.88%' → '92.88'. */
  readonly value: string;
  /** True when the text ended in % or ％. */
  readonly percent: boolean;
  /** The multiplier of a 万 / 亿 / 万亿 suffix, 1 when none. */
  readonly scale: 1 | 10_000 | 100_000_000 | 1_000_000_000_000;
  /** Unit text after the number and scale ('人', '人次', '元', '所'…), null when none. */
  readonly unit: string | null;
}

/** Options of {@link parseLocalizedNumber}. */
export interface ParseLocalizedNumberOptions {
  /**
   * Accept 万/亿 suffixes. Default true. When false, a number followed by 万, 萬, 亿 or 億 is not
   * a number (`null`), never a number with the unit `万人`.
   */
  allowScale?: boolean;
  /** Accept a trailing unit word. Default true. */
  allowUnit?: boolean;
}

const scales = [
  ['万亿', 1_000_000_000_000, 12],
  ['萬億', 1_000_000_000_000, 12],
  ['亿', 100_000_000, 8],
  ['億', 100_000_000, 8],
  ['万', 10_000, 4],
  ['萬', 10_000, 4],
] as const;

// A unit is a word: letters of any script (人, 人次, 平方米, yuan, m²…), with ², ³, /, ·, ° and
// hyphens, and single spaces between English words ('person-times', 'square metres').
const unitPattern = /^[\p{L}\p{M}²³/·°-]+(?: [\p{L}\p{M}²³/·°-]+)*$/u;

/**
 * Reads a number written the way Chinese and English reports write it: `6.91万人`, `1.1256万名`,
 * `2241万元`, `9亿元`, `102.72%`, `33562人次`, `69,100`, `22,410,000 yuan`, `－５`, `１２.５％`.
 *
 * - Digits and punctuation may be half- or full-width (`１２３４５`, `９２．８８％`, `１，２３４`).
 * - Thousands separators (`,` or `，`) are accepted only in valid groups of three: `1,234,567`
 *   is a number, `1,2345` is not.
 * - A leading `+` or `-` (or `－`, `−`) and whitespace around the text are accepted.
 * - A 万 / 萬 (× 10⁴), 亿 / 億 (× 10⁸) or 万亿 / 萬億 (× 10¹²) suffix is applied exactly to `value`
 *   and reported in `scale`.
 * - A trailing `%` / `％` sets `percent`; the value is not divided by 100.
 * - Any word after the number and scale (`人`, `人次`, `名`, `元`, `所`, `平方米`, `m²`, `yuan`)
 *   is returned as `unit`. A percent takes no unit and no scale.
 *
 * The value is exact (a decimal string, never a float): `'1052.017万'` gives `'10520170'`.
 * Ratios (`16.19:1`) are read by {@link parseLocalizedRatio}, changes in percentage points
 * (`3.22个百分点`) by {@link parsePercentagePoints}.
 *
 * @param text - The text, e.g. `'6.91万人'`.
 * @param options - Whether a 万/亿 scale and a unit are accepted (both by default).
 * @returns The value, scale, percent flag and unit, or `null` when the text is not a number
 *   (also when it is not a string, is empty, has broken thousands groups, or has a scale or unit
 *   that the options refuse).
 * @throws Never: text that cannot be read gives `null`.
 *
 * @example
 * ```ts
 * parseLocalizedNumber('6.91万人');  // { value: '69100', percent: false, scale: 10000, unit: '人' }
 * parseLocalizedNumber('92.88%');    // { value: '92.88', percent: true, scale: 1, unit: null }
 * parseLocalizedNumber('2241万元');  // { value: '22410000', percent: false, scale: 10000, unit: '元' }
 * parseLocalizedNumber('22,410,000 yuan'); // { value: '22410000', percent: false, scale: 1, unit: 'yuan' }
 * parseLocalizedNumber('1,2345');    // null
 * parseLocalizedNumber('6.91万人', { allowScale: false }); // null
 * ```
 */
export function parseLocalizedNumber(
  text: string,
  options?: ParseLocalizedNumberOptions,
): ParsedLocalizedNumber | null {
  if (typeof text !== 'string') return null;
  const allowScale = options?.allowScale ?? true;
  const allowUnit = options?.allowUnit ?? true;
  const prefix = readDecimalPrefix(toHalfWidth(text).trim());
  if (prefix === null) return null;
  let rest = prefix.rest.trimStart();

  let scale: ParsedLocalizedNumber['scale'] = 1;
  let zeros = 0;
  const suffix = scales.find(([word]) => rest.startsWith(word));
  if (suffix !== undefined) {
    if (!allowScale) return null;
    [, scale, zeros] = suffix;
    rest = rest.slice(suffix[0].length).trimStart();
  }

  let percent = false;
  if (rest.startsWith('%')) {
    if (suffix !== undefined) return null;
    percent = true;
    rest = rest.slice(1).trimStart();
    if (rest !== '') return null;
  }

  let unit: string | null = null;
  if (rest !== '') {
    if (!allowUnit || !unitPattern.test(rest)) return null;
    unit = rest;
  }
  return { value: shiftDecimal(prefix, zeros), percent, scale, unit };
}
