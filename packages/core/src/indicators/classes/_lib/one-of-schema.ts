import { z } from 'zod';
import type { BilingualText } from '../../../i18n/localized-text';

/**
 * A zod schema accepting exactly one of `values`, whose error names the field and the choices in
 * both languages (a plain `z.enum` reports in English only), and whose JSON Schema is a string
 * enum.
 */
export function oneOfSchema<const V extends string>(values: readonly [V, ...V[]], message: BilingualText) {
  return z
    .custom<V>((value) => (values as readonly unknown[]).includes(value), { params: message })
    .meta({ type: 'string', enum: [...values] });
}
