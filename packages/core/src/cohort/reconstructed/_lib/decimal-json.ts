import type { Decimal } from '../../../_lib/decimal';

/** A decimal as its full-precision string, `null` kept as `null`. */
export function decimalJson(value: Decimal | null): string | null {
  return value === null ? null : value.toString();
}
