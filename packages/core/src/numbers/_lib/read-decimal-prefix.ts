/**
 * Maps full-width ASCII forms (U+FF01–U+FF5E: `０`–`９`, `％`, `，`, `．`, `＋`, `－`, `：`…) and the
 * ideographic space to their half-width forms, and the minus sign `−` (U+2212) to `-`. Unlike
 * NFKC it leaves everything else alone, so a unit such as `m²` keeps its superscript.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u2212\uFE6A]/g, (character) => {
    if (character === '\u3000') return ' ';
    if (character === '\u2212') return '-';
    if (character === '\uFE6A') return '%';
    return String.fromCharCode(character.charCodeAt(0) - 0xfee0);
  });
}

/** A decimal read from the start of a text: its sign, digits and what follows. */
export interface DecimalPrefix {
  readonly negative: boolean;
  /** The integer digits, thousands separators removed. */
  readonly integer: string;
  /** The fraction digits, `''` when there is no decimal point. */
  readonly fraction: string;
  /** The text after the number. */
  readonly rest: string;
}

// A sign, then either digits in valid groups of three (1,234,567) or plain digits, then an
// optional fraction. A decimal point must have digits on both sides.
const decimalPrefix = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

/**
 * Reads a decimal at the start of `text` (already half-width and trimmed). Thousands separators
 * are accepted only in valid groups of three; a separator followed by anything but three digits
 * makes the text not a number (`1,2345` is not 12345).
 *
 * @returns The parts, or `null` when the text does not start with a decimal.
 */
export function readDecimalPrefix(text: string): DecimalPrefix | null {
  const match = decimalPrefix.exec(text);
  if (match === null) return null;
  const rest = text.slice(match[0].length);
  // '1,2345' stops after '1,234' with '5' left, '12,34' after '12' with ',34' left: broken
  // groups, not a number followed by something. '5.' or '5.x' leaves a dangling decimal point.
  if (/^(?:\d|,\d)/.test(rest) || rest.startsWith('.')) return null;
  return {
    negative: match[1] === '-',
    integer: (match[2] ?? '').replace(/,/g, ''),
    fraction: match[3] ?? '',
    rest,
  };
}

/**
 * The exact decimal string of `prefix` multiplied by a power of ten (`zeros` zeros), by moving
 * the decimal point: no rounding, whatever the number of digits.
 */
export function shiftDecimal(prefix: Pick<DecimalPrefix, 'negative' | 'integer' | 'fraction'>, zeros: number): string {
  const digits = prefix.integer + prefix.fraction;
  const pointAt = prefix.integer.length + zeros;
  const padded = digits.padEnd(pointAt, '0');
  const integer = padded.slice(0, pointAt).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(pointAt).replace(/0+$/, '');
  const magnitude = fraction === '' ? integer : `${integer}.${fraction}`;
  const isZero = /^[0.]*$/.test(magnitude);
  return prefix.negative && !isZero ? `-${magnitude}` : magnitude;
}
