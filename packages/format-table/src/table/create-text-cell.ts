import { checkOptions } from '../_lib/check-options';
import type { CellStatus, TextCell } from './table';

/** What {@link createTextCell} builds a cell from. */
export interface TextCellSpec {
  /** The text. */
  readonly text: string;
  /** A mark for HTML and XLSX (`failed` colours the text red). Default `null`. */
  readonly status?: CellStatus | null;
}

/** The cell statuses, for checks. */
export const cellStatuses: readonly CellStatus[] = ['passed', 'failed', 'missing'];

/**
 * Builds a text cell. Writers neutralise formula-like text (`=…`, `+…`, `-…`, `@…`) in CSV and
 * XLSX; keep the text as it should read.
 *
 * @param spec - The text and an optional status.
 * @returns The cell.
 * @throws {InvalidInputError} when `text` is missing or not a string, or `status` is unknown.
 *
 * @example
 * ```ts
 * createTextCell({ text: '✗ 未达标', status: 'failed' });
 * // { kind: 'text', text: '✗ 未达标', status: 'failed' }
 * ```
 */
export function createTextCell(spec: TextCellSpec): TextCell {
  checkOptions(spec, { text: 'string', status: cellStatuses }, { path: ['cell'], required: ['text'], error: 'input' });
  return { kind: 'text', text: spec.text, status: spec.status ?? null };
}
