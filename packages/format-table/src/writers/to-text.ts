import { checkContent } from '../_lib/check-content';
import { checkOptions } from '../_lib/check-options';
import { headerText } from '../_lib/header-text';
import { alignColumns } from '../layout/align-columns';
import { displayWidth } from '../layout/display-width';
import type { Table, TableContent } from '../table/table';

/** Options of {@link toText}. */
export interface ToTextOptions {
  /** Text put before every line. Default `''`. */
  readonly indent?: string;
  /** Text put between columns. Default two spaces. */
  readonly separator?: string;
}

function tableToText(table: Table, indent: string, separator: string): string[] {
  const header = table.columns.map((column) => headerText(column, table.locale));
  const rows = table.rows.map((row) => row.cells.map((cell) => cell.text.replace(/\r\n|\r|\n/g, ' ')));
  const alignments = table.columns.map((column) => column.align);
  const [headerLine = '', ...lines] = alignColumns([header, ...rows], { alignments, indent, separator });
  const ruleWidth = Math.max(
    displayWidth(headerLine) - displayWidth(indent),
    ...lines.map((line) => displayWidth(line) - displayWidth(indent)),
  );
  return [
    `${indent}${table.caption}`,
    headerLine,
    `${indent}${'-'.repeat(Math.max(3, ruleWidth))}`,
    ...lines,
    ...table.notes.map((note) => `${indent}${note}`),
  ];
}

/**
 * Writes tables as plain text for a terminal or a log: the caption, the header naming units, a
 * rule, and the rows in columns aligned by display width (CJK characters count two, see
 * `displayWidth`), numbers right-aligned; then the notes. Sections get their title underlined.
 *
 * @param content - A table, a section, or a list of either.
 * @param options - Indent and column separator.
 * @returns The text, ending with a newline.
 * @throws {InvalidInputError} when a table is malformed (a row without one cell per column).
 * @throws {InvalidOptionError} when an option is unknown or of the wrong type.
 *
 * @example
 * ```ts
 * toText(resultsTable([computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 })]));
 * // 指标结果
 * // 指标                  数值  分子  分母  单位
 * // --------------------------------------------
 * // 校外培训机构压减率  90.00%   108   120  %
 * ```
 */
export function toText(content: TableContent, options: ToTextOptions = {}): string {
  checkOptions(options, { indent: 'string', separator: 'string' });
  const { indent = '', separator = '  ' } = options;
  const blocks: string[] = [];
  for (const section of checkContent(content)) {
    if (section.title !== null) {
      blocks.push(`${indent}${section.title}\n${indent}${'='.repeat(Math.max(3, displayWidth(section.title)))}`);
    }
    for (const table of section.tables) blocks.push(tableToText(table, indent, separator).join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
