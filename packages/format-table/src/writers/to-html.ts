import { checkContent } from '../_lib/check-content';
import { checkOptions, failCheck } from '../_lib/check-options';
import type { Table, TableCell, TableColumn, TableContent } from '../table/table';

/** Options of {@link toHtml}. */
export interface ToHtmlOptions {
  /**
   * Write a complete page (`<!doctype html>`, `<html lang>`, UTF-8, a title and a small stylesheet)
   * instead of a fragment to put in your own page. Default `false`.
   */
  readonly document?: boolean;
  /** The page title when `document` is `true`. Default: the first section's title or table's caption. */
  readonly title?: string;
  /** The heading level of section titles (`<h2>`), 1–6. Default `2`. */
  readonly headingLevel?: number;
  /** The `class` of every `<table>`. Default `'edukpi-table'`. */
  readonly className?: string;
}

const stylesheet = [
  'body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 2rem; }',
  '.edukpi-table { border-collapse: collapse; margin: 1rem 0; }',
  '.edukpi-table caption { font-weight: bold; text-align: left; padding: 0.25rem 0; }',
  '.edukpi-table th, .edukpi-table td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; vertical-align: top; }',
  '.edukpi-table thead th { background: #f0f0f0; }',
  '.edukpi-table td[data-value] { font-variant-numeric: tabular-nums; }',
  '.edukpi-table .edukpi-failed { color: #b00020; }',
  '.edukpi-table .edukpi-missing { color: #666; }',
  '.edukpi-table .edukpi-summary { font-weight: bold; }',
  '.edukpi-table tfoot td { border: none; color: #444; font-size: 0.9em; }',
];

/** Escapes text for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function withBreaks(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

function alignStyle(column: TableColumn | undefined): string {
  return column === undefined || column.align === 'left' ? '' : ` style="text-align: ${column.align}"`;
}

function headerCell(column: TableColumn, locale: string): string {
  const unit =
    column.unit === null || column.unit === ''
      ? ''
      : `${locale === 'en' ? ' ' : ''}<span class="edukpi-unit">(${escapeHtml(column.unit)})</span>`;
  return `<th scope="col"${alignStyle(column)}>${withBreaks(column.label)}${unit}</th>`;
}

function bodyCell(cell: TableCell, column: TableColumn | undefined): string {
  const tag = column?.rowHeader === true ? 'th' : 'td';
  const scope = tag === 'th' ? ' scope="row"' : '';
  const status = cell.status === null ? '' : ` class="edukpi-${cell.status}"`;
  const value = cell.kind === 'number' ? ` data-value="${escapeHtml(cell.value)}"` : '';
  return `<${tag}${scope}${status}${alignStyle(column)}${value}>${withBreaks(cell.text)}</${tag}>`;
}

function tableToHtml(table: Table, className: string, indent: string): string[] {
  const lines = [
    `<table class="${escapeHtml(className)}" lang="${escapeHtml(table.locale)}">`,
    `  <caption>${withBreaks(table.caption)}</caption>`,
    '  <thead>',
    `    <tr>${table.columns.map((column) => headerCell(column, table.locale)).join('')}</tr>`,
    '  </thead>',
    '  <tbody>',
    ...table.rows.map(
      (row) =>
        `    <tr${row.summary ? ' class="edukpi-summary"' : ''}>${row.cells
          .map((cell, index) => bodyCell(cell, table.columns[index]))
          .join('')}</tr>`,
    ),
    '  </tbody>',
  ];
  if (table.notes.length > 0) {
    lines.push(
      '  <tfoot>',
      ...table.notes.map((note) => `    <tr><td colspan="${table.columns.length}">${withBreaks(note)}</td></tr>`),
      '  </tfoot>',
    );
  }
  lines.push('</table>');
  return lines.map((line) => indent + line);
}

/**
 * Writes tables as accessible HTML: each a `<table>` with a `lang` attribute (`zh-CN`, `zh-TW`,
 * `en`), a `<caption>`, a `<thead>` of `<th scope="col">` headers naming their unit
 * (`参与率<span class="edukpi-unit">(%)</span>`), row headers as `<th scope="row">`, numbers
 * right-aligned with their exact value in `data-value`, failed cells marked with a class (the text
 * says it too, so colour is never the only signal), and notes in a `<tfoot>`. Sections become
 * `<section>`s with a heading. Every text is escaped.
 *
 * @param content - A table, a section, or a list of either.
 * @param options - A complete page or a fragment; heading level; table class.
 * @returns The HTML, ending with a newline.
 * @throws {InvalidInputError} when a table is malformed (a row without one cell per column).
 * @throws {InvalidOptionError} when an option is unknown or out of range.
 *
 * @example
 * ```ts
 * toHtml(resultsTable([computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 })]));
 * // <table class="edukpi-table" lang="zh-CN">
 * //   <caption>指标结果</caption>
 * //   <thead>
 * //     <tr><th scope="col">指标</th><th scope="col" style="text-align: right">数值</th>…<th scope="col">单位</th></tr>
 * //   </thead>
 * //   <tbody>
 * //     <tr><th scope="row">校外培训机构压减率</th><td style="text-align: right" data-value="90">90.00%</td>…<td>%</td></tr>
 * //   </tbody>
 * // </table>
 * ```
 */
export function toHtml(content: TableContent, options: ToHtmlOptions = {}): string {
  checkOptions(options, { document: 'boolean', title: 'string', headingLevel: 'number', className: 'string' });
  const { document = false, headingLevel = 2, className = 'edukpi-table' } = options;
  if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 6) {
    failCheck(
      {},
      ['options', 'headingLevel'],
      `headingLevel 应为 1 到 6 的整数,收到 ${headingLevel}`,
      `headingLevel must be a whole number from 1 to 6 (got ${headingLevel}).`,
    );
  }
  const sections = checkContent(content);
  const lines: string[] = [];
  for (const section of sections) {
    if (section.title === null) {
      for (const table of section.tables) lines.push(...tableToHtml(table, className, ''));
      continue;
    }
    const locale = section.tables[0]?.locale;
    lines.push(
      `<section class="edukpi-section"${locale === undefined ? '' : ` lang="${escapeHtml(locale)}"`}>`,
      `  <h${headingLevel}>${withBreaks(section.title)}</h${headingLevel}>`,
    );
    for (const table of section.tables) lines.push(...tableToHtml(table, className, '  '));
    lines.push('</section>');
  }
  if (!document) return `${lines.join('\n')}\n`;
  const first = sections[0];
  const title = options.title ?? first?.title ?? first?.tables[0]?.caption ?? '';
  const locale = first?.tables[0]?.locale ?? 'zh-CN';
  return `${[
    '<!doctype html>',
    `<html lang="${escapeHtml(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>',
    ...stylesheet,
    '</style>',
    '</head>',
    '<body>',
    ...lines,
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}
