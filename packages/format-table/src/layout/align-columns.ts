import { checkOptions } from '../_lib/check-options';
import { padToWidth } from '../_lib/pad-to-width';
import type { ColumnAlignment } from '../table/table';
import { displayWidth } from './display-width';

/** Options of {@link alignColumns}. */
export interface AlignColumnsOptions {
  /** Each column's alignment; columns without one are left-aligned. Default `[]`. */
  readonly alignments?: readonly ColumnAlignment[];
  /** Text put before every line. Default `''`. */
  readonly indent?: string;
  /** Text put between columns. Default two spaces. */
  readonly separator?: string;
}

/**
 * Lays rows out in aligned columns for a terminal or a monospaced font, counting CJK characters as
 * two columns wide ({@link displayWidth}). Trailing spaces are trimmed.
 *
 * @param rows - The cells, row by row; rows may be shorter than the longest.
 * @param options - Alignments, indent and separator.
 * @returns One line per row.
 * @throws {InvalidOptionError} when an option is unknown or of the wrong type.
 *
 * @example
 * ```ts
 * alignColumns(
 *   [
 *     ['城关镇', '86.77%'],
 *     ['全县 County', '5.54%'],
 *   ],
 *   { alignments: ['left', 'right'], indent: '   ' },
 * );
 * // ['   城关镇       86.77%', '   全县 County   5.54%']
 * ```
 */
export function alignColumns(rows: readonly (readonly string[])[], options: AlignColumnsOptions = {}): string[] {
  checkOptions(options, { alignments: 'array', indent: 'string', separator: 'string' });
  const { alignments = [], indent = '', separator = '  ' } = options;
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) => {
    const cells = row.map((cell, column) => padToWidth(cell, widths[column] ?? 0, alignments[column] ?? 'left'));
    return (indent + cells.join(separator)).trimEnd();
  });
}
