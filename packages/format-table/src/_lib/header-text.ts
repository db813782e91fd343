import type { TableColumn } from '../table/table';

/** A column's header with its unit: `数值(%)` in Chinese, `Value (%)` in English. */
export function headerText(column: Pick<TableColumn, 'label' | 'unit'>, locale: string): string {
  if (column.unit === null || column.unit === '') return column.label;
  return locale === 'en' ? `${column.label} (${column.unit})` : `${column.label}(${column.unit})`;
}
