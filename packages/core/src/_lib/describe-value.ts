/**
 * A short, safe rendering of a value for an error message: a number, boolean, `null` or
 * `undefined` as itself, a bigint with its `n`, a string quoted and cut at 40 characters, and
 * `array`, `object` or `function` for anything else — never a whole object, so a message cannot
 * leak or balloon. Plugins use it so their messages read like core's.
 *
 * @param value - Any value.
 * @returns Its rendering.
 *
 * @example
 * ```ts
 * describeValue('12.5'); // '"12.5"'
 * describeValue(-1);     // '-1'
 * describeValue([1]);    // 'array'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
