/**
 * The relative margin beyond which a comparison of two doubles is taken as decided. The doubles
 * compared here come from at most a few dozen roundings of ~1.1e-16 each (a product, a quotient,
 * a sum over a county's schools), so a margin of 1e-9 leaves seven orders of magnitude of safety.
 */
const MARGIN = 1e-9;

/**
 * Whether `left ≥ right`, decided in floating point when the two differ by more than the margin,
 * `undefined` when they are too close to call (the caller then decides exactly, in decimals).
 * Equal values, zeros and non-finite values are always left to the exact comparison.
 */
export function compareClearly(left: number, right: number): boolean | undefined {
  const tolerance = MARGIN * Math.max(Math.abs(left), Math.abs(right));
  if (left - right > tolerance) return true;
  if (right - left > tolerance) return false;
  return undefined;
}

/**
 * A non-negative `value` rounded half up to `decimals` places as text (`roundClearly(0.1184, 3)`
 * → '0.118'), or `undefined` when the double lies too close to a rounding boundary (…5 in the
 * next place) for its last bits to be trusted, or is too large to scale exactly.
 */
export function roundClearly(value: number, decimals: number): string | undefined {
  const unit = 10 ** decimals;
  const scaled = value * unit;
  if (!(scaled >= 0) || scaled > 2 ** 52) return undefined;
  const fraction = scaled - Math.floor(scaled);
  if (Math.abs(fraction - 0.5) < 1e-6) return undefined;
  const rounded = Math.floor(scaled + 0.5);
  if (decimals === 0) return String(rounded);
  return `${Math.floor(rounded / unit)}.${String(rounded % unit).padStart(decimals, '0')}`;
}
