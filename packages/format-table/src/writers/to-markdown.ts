import { checkContent } from '../_lib/check-content';
import { checkOptions, failCheck } from '../_lib/check-options';
import { headerText } from '../_lib/header-text';
import { padToWidth } from '../_lib/pad-to-width';
import { displayWidth } from '../layout/display-width';
import type { ColumnAlignment, Table, TableContent } from '../table/table';

/** Options of {@link toMarkdown}. */
export interface ToMarkdownOptions {
  /** The heading level of section titles (`##`), 1–6. Default `2`. */
  readonly headingLevel?: number;
  /** Pad cells so the columns line up in the source, CJK characters counting two wide. Default `true`. */
  readonly align?: boolean;
  /**
   * The widest a column is padded to, in display columns; longer cells are written whole and
   * overflow, so one long message does not widen every row. Default `48`.
   */
  readonly maxColumnWidth?: number;
}

/**
 * Escapes a cell for a Markdown table so that its text shows as written: `|` and backslashes,
 * `*` and `` ` `` (emphasis and code), `_` at a word's edge (GFM ignores it inside a word, so
 * `net_transfers` stays readable), a `]` that would close a link, `<` where it would open an HTML
 * tag (so a school named `<img …>` stays text), `&` where it would start an entity, and line
 * breaks (as `<br>`).
 */
function escapeCell(text: string): string {
  return text
    .replace(/[\\|*`]/g, (character) => `\\${character}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/\](?=[([:])/g, '\\]')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
    .replace(/<(?=[a-zA-Z/!?])/g, '&lt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Escapes a line of text outside a table: as a cell, and a line start that would make a heading, quote or list. */
function escapeText(text: string): string {
  return escapeCell(text).replace(/^([#>+-]|\d+\.)(?=\s)/, '\\$1');
}

function ruleOf(width: number, alignment: ColumnAlignment): string {
  if (alignment === 'right') return `${'-'.repeat(width - 1)}:`;
  if (alignment === 'center') return `:${'-'.repeat(width - 2)}:`;
  return `:${'-'.repeat(width - 1)}`;
}

function tableToMarkdown(table: Table, align: boolean, maxColumnWidth: number): string {
  const header = table.columns.map((column) => escapeCell(headerText(column, table.locale)));
  const body = table.rows.map((row) =>
    row.cells.map((cell) => {
      const text = escapeCell(cell.text);
      return row.summary && text !== '' ? `**${text}**` : text;
    }),
  );
  const widths = table.columns.map((_column, index) => {
    if (!align) return 3;
    let width = Math.max(3, displayWidth(header[index] ?? ''));
    for (const cells of body) width = Math.max(width, displayWidth(cells[index] ?? ''));
    return Math.min(width, Math.max(3, maxColumnWidth));
  });
  const line = (cells: readonly string[]) =>
    `| ${cells
      .map((cell, index) =>
        align ? padToWidth(cell, widths[index] ?? 3, table.columns[index]?.align ?? 'left') : cell,
      )
      .join(' | ')} |`;
  const lines = [
    line(header),
    `| ${table.columns.map((column, index) => ruleOf(widths[index] ?? 3, column.align)).join(' | ')} |`,
    ...body.map(line),
  ];
  const blocks = [`**${escapeCell(table.caption)}**`, lines.join('\n')];
  for (const note of table.notes) blocks.push(escapeText(note));
  return blocks.join('\n\n');
}

/**
 * Writes tables as GitHub-flavoured Markdown: each table's caption in bold, the header with its
 * unit (`参与率(%)`), an alignment row (numbers right, status centred), cells padded so the source
 * lines up in a monospaced font (CJK characters count two columns, see `displayWidth`), and the
 * notes below. Sections get a heading. Cell text is escaped, so `|`, `*`, `<` and line breaks in
 * a name never break the table or inject HTML.
 *
 * @param content - A table, a section, or a list of either (e.g. `evaluationTables(…)`).
 * @param options - Section heading level; alignment padding.
 * @returns The Markdown, ending with a newline.
 * @throws {InvalidInputError} when a table is malformed (a row without one cell per column).
 * @throws {InvalidOptionError} when an option is unknown or out of range.
 *
 * @example
 * ```ts
 * toMarkdown(resultsTable([computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 })]));
 * // **指标结果**
 * //
 * // | 指标               |   数值 | 分子 | 分母 | 单位 |
 * // | :----------------- | -----: | ---: | ---: | :--- |
 * // | 校外培训机构压减率 | 90.00% |  108 |  120 | %    |
 * ```
 */
export function toMarkdown(content: TableContent, options: ToMarkdownOptions = {}): string {
  checkOptions(options, { headingLevel: 'number', align: 'boolean', maxColumnWidth: 'number' });
  const { headingLevel = 2, align = true, maxColumnWidth = 48 } = options;
  if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 6) {
    failCheck(
      {},
      ['options', 'headingLevel'],
      `headingLevel 应为 1 到 6 的整数,收到 ${headingLevel}`,
      `headingLevel must be a whole number from 1 to 6 (got ${headingLevel}).`,
    );
  }
  const blocks: string[] = [];
  for (const section of checkContent(content)) {
    if (section.title !== null) blocks.push(`${'#'.repeat(headingLevel)} ${escapeText(section.title)}`);
    for (const table of section.tables) blocks.push(tableToMarkdown(table, align, maxColumnWidth));
  }
  return `${blocks.join('\n\n')}\n`;
}
