import type { BilingualText } from '../i18n/localized-text';
import { isBlankRow } from './_lib/cell-text';
import { type ColumnMappingInput, type CompiledSpec, compileSpec } from './_lib/compile-spec';
import { detectHeader, type HeaderChoice } from './_lib/detect-header';
import { findMissingColumns } from './_lib/find-missing-columns';
import { isPromiseLike } from './_lib/is-promise-like';
import { LoadTicker } from './_lib/load-ticker';
import { type ResolvedBuildOptions, resolveBuildOptions } from './_lib/resolve-build-options';
import { SheetPlan, TableAccumulator } from './_lib/table-accumulator';
import { LoadError } from './load-error';
import type { LoadResult } from './load-result';
import { MissingColumnsError } from './missing-columns-error';
import type { RawRow, RawSheet } from './raw-row';
import type { LoadProgressCallback } from './table-loader';
import type { TableSpec } from './table-spec';

export type { ColumnMappingInput } from './_lib/compile-spec';

/** Where an accepted row came from, as `onRow` receives it. */
export interface RowSource {
  readonly sheet: string;
  readonly row: number;
}

/** Options of {@link buildTable}, and of every loader. */
export interface BuildTableOptions<Row> {
  /**
   * Source headers mapped to canonical field names, for headers no alias covers:
   * `{ '在校学生': 'primary.students', '备注': null }` (`null` ignores the column). Matched like
   * aliases (case, width and whitespace ignored) and before them. Defaults to none.
   */
  readonly mapping?: ColumnMappingInput;
  /** The number of header rows; defaults to the sheet's own `headerRows`, else detected (1 to 3). */
  readonly headerRows?: number;
  /** How many rows from the top may hold titles and the header. Defaults to 30. */
  readonly headerSearchRows?: number;
  /**
   * Called with each accepted row as it is validated, for streaming: with it, rows are not kept
   * (unless `keepRows: true`), so memory stays flat however large the source. May return a
   * promise, which is awaited. Defaults to none.
   */
  readonly onRow?: (row: Row, source: RowSource) => void | Promise<void>;
  /** Whether `LoadResult.rows` holds the accepted rows. Defaults to `true` without `onRow`, `false` with it. */
  readonly keepRows?: boolean;
  /** The most rejections and skipped rows listed (each); counts always count all. Defaults to 10,000. */
  readonly reportLimit?: number;
  /** Called every `progressInterval` rows and at the end. Defaults to none. */
  readonly onProgress?: LoadProgressCallback;
  /** Rows between progress reports. Defaults to 10,000. */
  readonly progressInterval?: number;
  /** Stops the load (with a `read_failed` {@link LoadError}) when aborted. Defaults to none. */
  readonly signal?: { readonly aborted: boolean; readonly reason?: unknown };
}

/** The parameters of {@link buildTable}. */
export interface BuildTableParameters<Row> {
  /** One sheet or several (a workbook's sheets are loaded into one table, in order). */
  readonly sheets: RawSheet | readonly RawSheet[];
  /** The table to build. */
  readonly spec: TableSpec<Row>;
  readonly options?: BuildTableOptions<Row>;
}

const titleNote: BilingualText = { zh: '表头上方的标题行', en: 'a title row above the header.' };
const headerNote: BilingualText = { zh: '表头行', en: 'a header row.' };
const blankNote: BilingualText = { zh: '空行', en: 'a blank row.' };

/** Reads one sheet into the accumulator. Returns the error of a sheet that holds no column of the table. */
class SheetReader<Row> {
  private buffer: RawRow[] = [];
  private plan: SheetPlan | null = null;
  private ignored = false;
  ignoredBecause: MissingColumnsError | undefined;

  constructor(
    private readonly sheet: RawSheet,
    private readonly accumulator: TableAccumulator<Row>,
    private readonly compiled: CompiledSpec,
    private readonly options: ResolvedBuildOptions<Row>,
    private readonly ticker: LoadTicker,
    private readonly mayIgnore: boolean,
  ) {}

  push(row: RawRow): unknown {
    if (typeof row !== 'object' || row === null || !Array.isArray(row.cells)) {
      throw new LoadError({
        code: 'invalid_file',
        source: this.sheet.name,
        messageZh: `「${this.sheet.name}」的读取器给出了无效的行`,
        messageEn: `the reader of "${this.sheet.name}" produced an invalid row.`,
      });
    }
    const accumulator = this.accumulator;
    accumulator.read++;
    this.ticker.tick(accumulator.read);
    if (this.plan !== null) return accumulator.dataRow(this.plan, row.row, row.cells);
    if (this.ignored) {
      accumulator.skip(this.sheet.name, row.row, 'sheet', this.ignoredNote());
      return undefined;
    }
    this.buffer.push(row);
    if (this.buffer.length >= this.options.headerSearchRows) return this.decide();
    return undefined;
  }

  private ignoredNote(): BilingualText {
    const table = this.accumulator.spec.label;
    return {
      zh: `「${this.sheet.name}」没有${table.zh}的列,整张表未读取`,
      en: `"${this.sheet.name}" holds no column of the ${table.en} table; the sheet was not read.`,
    };
  }

  /** Chooses the header from the buffered rows, then handles the buffered rows. */
  decide(): unknown {
    const buffer = this.buffer;
    this.buffer = [];
    const name = this.sheet.name;
    const accumulator = this.accumulator;
    const choice: HeaderChoice | null = detectHeader(
      buffer,
      this.compiled,
      this.options.headerRows ?? this.sheet.headerRows,
    );
    const header = choice?.columns ?? [];
    const missing = findMissingColumns(header, this.compiled);
    if (choice === null || choice.matched === 0 || missing.length > 0) {
      const error = new MissingColumnsError({
        sheet: name,
        missing,
        headers: header.map((column) => column.text),
        table: accumulator.spec.label,
      });
      if (!this.mayIgnore || (choice !== null && choice.matched > 0)) throw error;
      this.ignored = true;
      this.ignoredBecause = error;
      accumulator.warnings.push(this.ignoredNote());
      for (const row of buffer) accumulator.skip(name, row.row, 'sheet', this.ignoredNote());
      return undefined;
    }
    accumulator.addColumns(name, choice.columns);
    const plan = new SheetPlan(name, [...choice.columns]);
    let pending: unknown;
    buffer.forEach((row, position) => {
      if (position < choice.start) {
        accumulator.skip(
          name,
          row.row,
          isBlankRow(row.cells) ? 'blank' : 'title',
          isBlankRow(row.cells) ? blankNote : titleNote,
        );
      } else if (position < choice.start + choice.count) {
        accumulator.skip(name, row.row, 'header', headerNote);
      } else {
        const outcome = accumulator.dataRow(plan, row.row, row.cells);
        if (isPromiseLike(outcome)) pending = pending === undefined ? outcome : Promise.all([pending, outcome]);
      }
    });
    this.plan = plan;
    return pending;
  }

  /** Called after the last row. */
  finish(): unknown {
    if (this.plan === null && !this.ignored) return this.decide();
    return undefined;
  }
}

/**
 * The reader's own warnings of a sheet, read after its last row.
 *
 * @throws {LoadError} (`invalid_file`) when they are not a list of `{ zh, en }` texts.
 */
function sheetWarnings(sheet: RawSheet): readonly BilingualText[] {
  const warnings: unknown = sheet.warnings;
  if (warnings === undefined) return [];
  const valid =
    Array.isArray(warnings) &&
    warnings.every(
      (warning: unknown) =>
        typeof warning === 'object' &&
        warning !== null &&
        typeof (warning as BilingualText).zh === 'string' &&
        typeof (warning as BilingualText).en === 'string',
    );
  if (!valid) {
    throw new LoadError({
      code: 'invalid_file',
      source: sheet.name,
      messageZh: `「${sheet.name}」的读取器给出了无效的 warnings(应为 { zh, en } 的列表)`,
      messageEn: `the reader of "${sheet.name}" produced invalid warnings (expected a list of { zh, en }).`,
    });
  }
  return warnings.map((warning: BilingualText) => ({ zh: warning.zh, en: warning.en }));
}

/**
 * Turns raw rows into validated rows: finds the header under any title rows (flattening a
 * two- or three-row header into `'小学 / 在校生数'`), maps headers to the spec's fields through
 * their Chinese and English aliases (case-, width- and whitespace-insensitive) and the user's
 * `mapping`, reads each cell by its field's kind (thousands separators, full-width digits,
 * `万`/`亿` where allowed, percent, blank ≠ 0), skips blank, totals (合计/总计/小计), note and
 * repeated header rows with a note, validates every row with the spec's zod schema, and reports
 * every bad cell in Chinese and English. `counts.read === accepted + rejected + skipped`, always.
 *
 * A reader hands over what it could not read itself as a problem cell (`cellProblem`), which
 * rejects its row with the reader's reason, and its own warnings as the sheet's `warnings`, which
 * are copied into the result's.
 *
 * Header names never become object keys (rows are built from the spec's field paths), so a
 * header such as `__proto__` or `constructor` cannot pollute an object.
 *
 * @param parameters - `sheets` (one or several raw sheets), `spec` (the table) and `options`.
 * @returns The accepted rows, the rejections, the skipped rows, the counts, the column mapping
 *   and warnings.
 * @throws {MissingColumnsError} when a sheet lacks required columns (with the near misses); with
 *   several sheets, a sheet with no column of the table at all is skipped with a warning instead,
 *   unless every sheet is.
 * @throws {InvalidOptionError} for a malformed spec or option.
 * @throws {LoadError} (`read_failed`) when `signal` aborts the load, or whatever the sheet's
 *   reader throws.
 *
 * @example
 * ```ts
 * const spec = defineTableSpec({
 *   name: 'school',
 *   label: { zh: '学校', en: 'school' },
 *   fields: [
 *     { name: 'name', label: { zh: '学校名称', en: 'school name' }, kind: 'text', required: true },
 *     { name: 'students', label: { zh: '在校生数', en: 'students' }, aliases: { zh: ['学生数'] }, kind: 'count', required: true },
 *   ],
 *   schema: z.object({ name: z.string(), students: z.number().int().min(0) }),
 * });
 * const result = await buildTable({
 *   sheets: {
 *     name: 'Sheet1',
 *     rows: [
 *       { row: 1, cells: ['2023年学校情况表'] },
 *       { row: 2, cells: ['学校名称', '学生数'] },
 *       { row: 3, cells: ['阳光小学', '1,234'] },
 *       { row: 4, cells: ['合计', '1234'] },
 *     ],
 *   },
 *   spec,
 * });
 * result.rows;   // [{ name: '阳光小学', students: 1234 }]
 * result.counts; // { read: 4, accepted: 1, rejected: 0, skipped: 3 }
 * ```
 */
export async function buildTable<Row>({ sheets, spec, options }: BuildTableParameters<Row>): Promise<LoadResult<Row>> {
  const resolved = resolveBuildOptions(options);
  const compiled = compileSpec(spec as TableSpec<unknown>, resolved.mapping);
  const list: readonly RawSheet[] = Array.isArray(sheets) ? sheets : [sheets as RawSheet];
  const accumulator = new TableAccumulator<Row>(spec, compiled, resolved);
  const ticker = new LoadTicker(resolved.onProgress, resolved.progressInterval, resolved.signal);
  ticker.checkAborted();
  let firstIgnored: MissingColumnsError | undefined;
  let used = 0;
  for (const sheet of list) {
    const reader = new SheetReader(sheet, accumulator, compiled, resolved, ticker, list.length > 1);
    const rows = sheet.rows as Partial<Iterable<RawRow> & AsyncIterable<RawRow>>;
    if (typeof rows[Symbol.iterator] === 'function') {
      for (const row of rows as Iterable<RawRow>) {
        const outcome = reader.push(row);
        if (isPromiseLike(outcome)) await outcome;
      }
    } else if (typeof rows[Symbol.asyncIterator] === 'function') {
      for await (const row of rows as AsyncIterable<RawRow>) {
        const outcome = reader.push(row);
        if (isPromiseLike(outcome)) await outcome;
      }
    } else {
      throw new LoadError({
        code: 'invalid_file',
        source: sheet.name,
        messageZh: `「${sheet.name}」的 rows 不是可迭代对象`,
        messageEn: `the rows of "${sheet.name}" are not iterable.`,
      });
    }
    const outcome = reader.finish();
    if (isPromiseLike(outcome)) await outcome;
    accumulator.warnings.push(...sheetWarnings(sheet));
    if (reader.ignoredBecause === undefined) used++;
    else firstIgnored ??= reader.ignoredBecause;
  }
  if (used === 0 && firstIgnored !== undefined) throw firstIgnored;
  ticker.finish(accumulator.read);
  return accumulator.result();
}
