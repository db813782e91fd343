import { countSchema, nonNegativeDecimalSchema } from '../_lib/decimal-schema';

/**
 * The zod schemas edukpi validates numbers with, for plugins that describe inputs of their own:
 *
 * - `count`: a head or item count — a whole, non-negative, safe integer;
 * - `nonNegativeDecimal`: an exact amount — a finite number ≥ 0, a plain decimal string
 *   (`"660.5"`) or a decimal.js value; messages and JSON Schema match edukpi's own.
 *
 * @example
 * ```ts
 * inputSchemas.count.safeParse(2.5).success;               // false
 * inputSchemas.nonNegativeDecimal.safeParse('660.5').success; // true
 * ```
 */
export const inputSchemas = {
  count: countSchema,
  nonNegativeDecimal: nonNegativeDecimalSchema,
} as const;
