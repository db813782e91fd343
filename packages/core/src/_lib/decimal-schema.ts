import { z } from 'zod';
import { isDecimalLike, toDecimal } from './decimal';

const DECIMAL_STRING = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Whether a value is a number, a decimal string or a decimal.js value, and finite. */
function isDecimalInputValue(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return DECIMAL_STRING.test(value);
  return isDecimalLike(value) && value.isFinite();
}

/**
 * The zod schema of a non-negative exact decimal input: a finite number, a plain decimal string
 * (`"660.5"`) or a decimal.js value. One shared instance, so the JSON Schema export can
 * describe it.
 */
export const nonNegativeDecimalSchema = z
  .custom<number | string | { toString(): string; isFinite(): boolean }>(isDecimalInputValue, {
    params: { edukpi: 'not_decimal' },
  })
  .refine((value) => !toDecimal(value).lt(0), { params: { edukpi: 'negative' } });

/** The JSON Schema that stands for {@link nonNegativeDecimalSchema}. */
export const nonNegativeDecimalJsonSchema = {
  anyOf: [
    { type: 'number', minimum: 0 },
    { type: 'string', pattern: '^(?:\\d+(?:\\.\\d*)?|\\.\\d+)$' },
  ],
  description: 'A non-negative decimal: a number or a decimal string such as "660.5".',
} as const;

/** The zod schema of a head count: a whole, non-negative, safe integer. */
export const countSchema = z.number().int().min(0);
