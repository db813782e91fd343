import { Decimal } from '@edukpi/core';
import type { NumberCell } from '../table/table';

/**
 * A number cell's value rounded to its decimals, in plain notation without grouping (`'-3.50'`,
 * `'22410000'`): what CSV and XLSX write. Never an exponent, never `-0`.
 */
export function plainNumber(cell: Pick<NumberCell, 'value' | 'decimals' | 'rounding'>): string {
  const rounded = new Decimal(cell.value).toDecimalPlaces(
    cell.decimals,
    cell.rounding === 'up' ? Decimal.ROUND_UP : Decimal.ROUND_HALF_UP,
  );
  return (rounded.isZero() ? rounded.abs() : rounded).toFixed(cell.decimals);
}
