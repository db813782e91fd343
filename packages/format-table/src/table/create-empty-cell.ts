import { checkOptions } from '../_lib/check-options';
import { cellStatuses } from './create-text-cell';
import type { CellStatus, EmptyCell } from './table';

/** What {@link createEmptyCell} builds a cell from. */
export interface EmptyCellSpec {
  /** What the cell shows instead of a value. Default `'—'`. */
  readonly text?: string;
  /** A mark for HTML and XLSX. Default `'missing'`. */
  readonly status?: CellStatus | null;
}

/**
 * Builds a cell with no value: a result with a zero denominator, a figure not supplied. It shows
 * `text` (`'—'` by default) and is never written as 0.
 *
 * @param spec - The text shown and a status.
 * @returns The cell.
 * @throws {InvalidInputError} when a field has the wrong type.
 *
 * @example
 * ```ts
 * createEmptyCell({ text: '—(分母为 0)' }); // { kind: 'empty', text: '—(分母为 0)', status: 'missing' }
 * ```
 */
export function createEmptyCell(spec: EmptyCellSpec = {}): EmptyCell {
  checkOptions(spec, { text: 'string', status: cellStatuses }, { path: ['cell'], error: 'input' });
  return { kind: 'empty', text: spec.text ?? '—', status: spec.status === undefined ? 'missing' : spec.status };
}
