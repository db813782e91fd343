import type { InputIssue, Locale } from '@edukpi/core';
import { InvalidInputError } from '@edukpi/core';
import { checkOptions } from '../_lib/check-options';
import { locales } from '../_lib/locales';
import type { ColumnAlignment, ColumnKind, Table, TableCell, TableColumn, TableRow } from './table';

/** A column as {@link createTable} takes it; everything but the label has a default. */
export interface ColumnSpec {
  /** A stable key. Default `column-1`, `column-2`… by position. */
  readonly id?: string;
  readonly label: string;
  /** The unit the header names (`'%'`, `'元'`). Default `null`. */
  readonly unit?: string | null;
  /** Default `'text'`. */
  readonly kind?: ColumnKind;
  /** Default: `right` for numbers, `center` for status, `left` for text. */
  readonly align?: ColumnAlignment;
  /** Whether the cells head their rows (HTML `<th scope="row">`). Default: `true` for the first column when it is text. */
  readonly rowHeader?: boolean;
}

/** A cell as {@link createTable} takes it: a cell, a string (a text cell) or `null` (an empty cell showing `—`). */
export type CellSpec = TableCell | string | null;

/** A row as {@link createTable} takes it: its cells, or `{ cells, summary }`. */
export type RowSpec = readonly CellSpec[] | { readonly cells: readonly CellSpec[]; readonly summary?: boolean };

/** What {@link createTable} builds a table from. */
export interface TableSpec {
  /** A stable key. Default `'table'`. */
  readonly id?: string;
  readonly caption: string;
  /** Default `'zh-CN'`. */
  readonly locale?: Locale;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly RowSpec[];
  /** Default none. */
  readonly notes?: readonly string[];
}

const kinds: readonly ColumnKind[] = ['text', 'number', 'percent', 'value', 'status'];
const alignments: readonly ColumnAlignment[] = ['left', 'right', 'center'];

/** The alignment a column kind reads best in. */
export function defaultAlignment(kind: ColumnKind): ColumnAlignment {
  if (kind === 'text') return 'left';
  return kind === 'status' ? 'center' : 'right';
}

function cellOf(spec: CellSpec): TableCell {
  if (spec === null) return { kind: 'empty', text: '—', status: 'missing' };
  if (typeof spec === 'string') return { kind: 'text', text: spec, status: null };
  return spec;
}

function checkCell(cell: unknown, path: (string | number)[], issues: InputIssue[]): void {
  if (cell === null || typeof cell === 'string') return;
  const candidate = cell as Partial<TableCell> | undefined;
  const valid =
    typeof candidate === 'object' &&
    candidate !== null &&
    (candidate.kind === 'text' || candidate.kind === 'empty' || candidate.kind === 'number') &&
    typeof candidate.text === 'string' &&
    (candidate.kind !== 'number' ||
      (typeof candidate.value === 'string' &&
        /^-?\d+(\.\d+)?$/.test(candidate.value) &&
        Number.isInteger(candidate.decimals)));
  if (!valid) {
    issues.push({
      path,
      messageZh: '单元格应为字符串、null 或由 createTextCell / createNumberCell / createEmptyCell 创建的单元格',
      messageEn:
        'a cell must be a string, null, or a cell made by createTextCell, createNumberCell or createEmptyCell.',
    });
  }
}

/**
 * Builds a {@link Table} from a compact spec, filling in the defaults and checking that every row
 * has one cell per column. Strings become text cells and `null` an empty cell showing `—`; make
 * number cells with `createNumberCell` so each keeps its exact value and decimals.
 *
 * @param spec - Caption, locale, columns, rows and notes.
 * @returns The table, ready for `toMarkdown`, `toHtml`, `toCsv`, `toXlsx` and `toText`.
 * @throws {InvalidInputError} when a row has too few or too many cells, a cell is malformed, two
 *   columns share an id, or a field is missing or mistyped; `issues` lists every problem.
 *
 * @example
 * ```ts
 * const table = createTable({
 *   caption: '课后服务参与情况',
 *   columns: [{ label: '学校' }, { label: '参与率', unit: '%', kind: 'percent' }],
 *   rows: [['城关小学', createNumberCell({ value: '92.8766', decimals: 2 })]],
 * });
 * toMarkdown(table);
 * // **课后服务参与情况**
 * //
 * // | 学校     | 参与率(%) |
 * // | :------- | --------: |
 * // | 城关小学 |     92.88 |
 * ```
 */
export function createTable(spec: TableSpec): Table {
  checkOptions(
    spec,
    { id: 'string', caption: 'string', locale: locales, columns: 'array', rows: 'array', notes: 'array' },
    { path: ['table'], required: ['caption', 'columns', 'rows'], error: 'input' },
  );
  const issues: InputIssue[] = [];
  const columns: TableColumn[] = spec.columns.map((column, index) => {
    checkOptions(
      column,
      { id: 'string', label: 'string', unit: 'string', kind: kinds, align: alignments, rowHeader: 'boolean' },
      { path: ['table', 'columns', index], required: ['label'], error: 'input' },
    );
    const kind = column.kind ?? 'text';
    return {
      id: column.id ?? `column-${index + 1}`,
      label: column.label,
      unit: column.unit ?? null,
      kind,
      align: column.align ?? defaultAlignment(kind),
      rowHeader: column.rowHeader ?? (index === 0 && kind === 'text'),
    };
  });
  if (columns.length === 0) {
    issues.push({
      path: ['table', 'columns'],
      messageZh: '表格至少要有一列',
      messageEn: 'a table needs at least one column.',
    });
  }
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (seen.has(column.id)) {
      issues.push({
        path: ['table', 'columns', index, 'id'],
        messageZh: `列 id「${column.id}」重复`,
        messageEn: `the column id "${column.id}" is used twice.`,
      });
    }
    seen.add(column.id);
  });
  const rows: TableRow[] = spec.rows.map((row, index) => {
    const cells = Array.isArray(row) ? (row as readonly CellSpec[]) : (row as { cells?: unknown }).cells;
    if (!Array.isArray(cells)) {
      issues.push({
        path: ['table', 'rows', index],
        messageZh: '行应为单元格数组或 { cells, summary }',
        messageEn: 'a row must be an array of cells or { cells, summary }.',
      });
      return { cells: [], summary: false };
    }
    if (cells.length !== columns.length) {
      issues.push({
        path: ['table', 'rows', index],
        messageZh: `第 ${index + 1} 行有 ${cells.length} 个单元格,表格有 ${columns.length} 列`,
        messageEn: `row ${index + 1} has ${cells.length} cells; the table has ${columns.length} columns.`,
      });
    }
    cells.forEach((cell, column) => {
      checkCell(cell, ['table', 'rows', index, column], issues);
    });
    const summary = Array.isArray(row) ? false : (row as { summary?: boolean }).summary === true;
    return { cells: (cells as CellSpec[]).map(cellOf), summary };
  });
  const notes = spec.notes ?? [];
  notes.forEach((note, index) => {
    if (typeof note !== 'string') {
      issues.push({
        path: ['table', 'notes', index],
        messageZh: '注释应为字符串',
        messageEn: 'a note must be a string.',
      });
    }
  });
  const [first, ...rest] = issues;
  if (first !== undefined) throw new InvalidInputError({ issues: [first, ...rest] });
  return { id: spec.id ?? 'table', caption: spec.caption, locale: spec.locale ?? 'zh-CN', columns, rows, notes };
}
