import { Decimal, type DecimalInput, type Locale } from '@edukpi/core';
import { defaultAlignment } from '../table/create-table';
import type { CellStatus, ColumnKind, EmptyCell, TableColumn, TextCell } from '../table/table';
import { formatNumber } from './format-text';

/** A text cell. */
export function textCell(text: string, status: CellStatus | null = null): TextCell {
  return { kind: 'text', text, status };
}

/** A cell with no value, showing `text`. */
export function emptyCell(text = '—', status: CellStatus | null = 'missing'): EmptyCell {
  return { kind: 'empty', text, status };
}

/** A column with the defaults of its kind. */
export function columnOf(
  id: string,
  label: string,
  kind: ColumnKind = 'text',
  settings: { readonly unit?: string | null; readonly rowHeader?: boolean } = {},
): TableColumn {
  return {
    id,
    label,
    unit: settings.unit ?? null,
    kind,
    align: defaultAlignment(kind),
    rowHeader: settings.rowHeader ?? false,
  };
}

/**
 * A decimal rounded and printed the way a table prints numbers: `formatNumber` of
 * @edukpi/format-text with the decimals kept and no 万/亿 scaling (a column reads best in one scale).
 */
export function decimalText(
  value: DecimalInput,
  decimals: number,
  locale: Locale,
  rounding: 'half_up' | 'up' = 'half_up',
): string {
  const rounded = new Decimal(typeof value === 'number' ? value : value.toString()).toDecimalPlaces(
    decimals,
    rounding === 'up' ? Decimal.ROUND_UP : Decimal.ROUND_HALF_UP,
  );
  return formatNumber(rounded.isZero() ? rounded.abs() : rounded, {
    locale,
    decimals,
    keepTrailingZeros: true,
    scale: 'none',
  });
}

/** The decimal places a plain decimal string is written with, trailing zeros counted (`'0.50'` → 2). */
export function decimalsOf(value: string): number {
  return /\.(\d+)$/.exec(value)?.[1]?.length ?? 0;
}
