import type { z } from 'zod';
import { InvalidInputError } from '../errors/invalid-input-error';
import { type CheckWithSchemaOptions, checkWithSchema } from './check-with-schema';

/**
 * Parses a value with a zod schema, or throws an {@link InvalidInputError} listing every issue in
 * Chinese and English — {@link checkWithSchema} for a single value.
 *
 * @param schema - Any zod schema.
 * @param value - The value to parse.
 * @param options - Field names for messages, a path prefix, and the subject (an indicator or
 *   function id) the error names.
 * @returns The parsed value.
 * @throws {InvalidInputError} when the value does not match.
 *
 * @example
 * ```ts
 * validateWithSchema(z.object({ students: z.number().int().min(0) }), { students: 1.5 });
 * // throws InvalidInputError: '…students must be a whole number…'
 * ```
 */
export function validateWithSchema<T>(
  schema: z.ZodType<T>,
  value: unknown,
  options: CheckWithSchemaOptions & { readonly subject?: string } = {},
): T {
  const outcome = checkWithSchema(schema, value, options);
  if (outcome.ok) return outcome.value;
  throw new InvalidInputError({
    issues: outcome.issues,
    ...(options.subject === undefined ? {} : { indicatorId: options.subject }),
  });
}
