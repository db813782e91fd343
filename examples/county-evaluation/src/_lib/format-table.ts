import { displayWidth } from './display-width';

/** How a column's cells line up. */
export type ColumnAlignment = 'left' | 'right';

/**
 * Lays rows out in aligned columns for a terminal, counting CJK characters as two columns wide.
 * Columns are separated by two spaces; trailing spaces are trimmed.
 *
 * @param rows - The cells, row by row; rows may be shorter than the longest.
 * @param alignments - Each column's alignment; columns without one are left-aligned.
 * @param indent - Text put before every line. Defaults to three spaces.
 * @returns One line per row.
 *
 * @example
 * ```ts
 * formatTable([['城关镇', '86.77%'], ['全县 County', '85.54%']], ['left', 'right']);
 * // ['   城关镇       86.77%', '   全县 County  85.54%']
 * ```
 */
export function formatTable(
  rows: readonly (readonly string[])[],
  alignments: readonly ColumnAlignment[],
  indent = '   ',
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) => {
    const cells = row.map((cell, column) => {
      const padding = ' '.repeat((widths[column] ?? 0) - displayWidth(cell));
      return alignments[column] === 'right' ? padding + cell : cell + padding;
    });
    return (indent + cells.join('  ')).trimEnd();
  });
}
