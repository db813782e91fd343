import { describeValue } from '../_lib/describe-value';
import type { BilingualText } from '../i18n/localized-text';
import { type CompiledField, type CompiledSpec, compileSpec } from './_lib/compile-spec';
import { type HeaderColumn, mapHeader } from './_lib/detect-header';
import { findMissingColumns } from './_lib/find-missing-columns';
import { isPromiseLike } from './_lib/is-promise-like';
import { LoadTicker } from './_lib/load-ticker';
import { resolveBuildOptions } from './_lib/resolve-build-options';
import { SheetPlan, TableAccumulator } from './_lib/table-accumulator';
import type { BuildTableOptions } from './build-table';
import { isCellProblem } from './cell-problem';
import { LoadError } from './load-error';
import type { LoadResult } from './load-result';
import { MissingColumnsError } from './missing-columns-error';
import type { RawCell } from './raw-row';
import type { TableSpec } from './table-spec';

/** One already-parsed record (a JSON object) with its place in the source. */
export interface RawRecord {
  /** 1-based record number (array index + 1) or line number (NDJSON). */
  readonly row: number;
  /**
   * The record: an object whose keys are headers. Nested objects are read as grouped headers
   * (`{ 小学: { 在校生数: 1 } }` → `'小学 / 在校生数'`). `null` / `undefined` is a blank row. A value
   * may be a `cellProblem(…)`, which rejects the record as it does a row of `buildTable`.
   */
  readonly record: unknown;
  /** Set by a reader that could not parse the record (a malformed NDJSON line): the row is rejected with this reason. */
  readonly error?: BilingualText;
}

/** The parameters of {@link buildTableFromRecords}. */
export interface BuildTableFromRecordsParameters<Row> {
  /** The records, with a name for reports. */
  readonly source: {
    readonly name: string;
    readonly records: Iterable<RawRecord> | AsyncIterable<RawRecord>;
  };
  readonly spec: TableSpec<Row>;
  readonly options?: BuildTableOptions<Row>;
}

const maxDepth = 8;
// More distinct keys than any table has columns: a hostile or mistaken file, refused before it fills memory.
const maxKeys = 10_000;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A record's values by header path, nested objects flattened. Keys are read, never assigned. */
function flattenRecord(
  record: Record<string, unknown>,
  prefix: readonly string[],
  into: [readonly string[], unknown][],
  depth: number,
): void {
  for (const [key, value] of Object.entries(record)) {
    const parts = [...prefix, key];
    if (isPlainRecord(value) && depth < maxDepth) flattenRecord(value, parts, into, depth + 1);
    else into.push([parts, value]);
  }
}

function toCell(value: unknown): RawCell | typeof notACell {
  if (
    value === null ||
    value === undefined ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint' ||
    value instanceof Date ||
    isCellProblem(value)
  ) {
    return value;
  }
  return notACell;
}

const notACell = Symbol('not a cell');

/**
 * Registers record keys as columns as they appear, in first-seen order. Cells stay few however
 * many keys the records hold: each field has one cell, written by every key that names it
 * (`学校名称` in one record, `school_name` in the next), and all keys of no field share one more
 * cell, which only tells a blank record from one with unknown keys.
 */
class RecordColumns {
  /** Every key seen, for the column report; `index` is the order of first sight. */
  readonly columns: HeaderColumn[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly cellOfField = new Map<CompiledField, number>();
  private otherCell = -1;
  private cells = 0;

  constructor(private readonly spec: CompiledSpec) {}

  /**
   * The cell a key path writes to. A key seen for the first time is reported in `added`; the
   * first key of a field also in `planned`, with its cell as `index`.
   *
   * @throws {LoadError} past {@link maxKeys} distinct keys.
   */
  cellOf(parts: readonly string[], added: HeaderColumn[], planned: HeaderColumn[]): number {
    const joined = parts.join('\u0000');
    const known = this.byKey.get(joined);
    if (known !== undefined) return known;
    if (this.columns.length >= maxKeys) {
      throw new LoadError({
        code: 'invalid_file',
        messageZh: `记录中不同的键超过 ${maxKeys} 个,这不是一张表`,
        messageEn: `the records hold more than ${maxKeys} different keys; they are not a table.`,
      });
    }
    // The key path is a vertical header: { 小学: { 在校生数 } } reads like two header rows.
    const base = mapHeader(
      parts.map((part, level) => ({ row: level + 1, cells: [part] })),
      this.spec,
    )[0];
    const field = base?.field ?? null;
    const column: HeaderColumn = {
      index: this.columns.length,
      text: parts.join(' / '),
      field,
      matchedBy: base?.matchedBy ?? null,
      key: base?.key ?? '',
      parts,
      duplicate: false,
    };
    let cell: number;
    if (field === null) {
      if (this.otherCell === -1) this.otherCell = this.cells++;
      cell = this.otherCell;
    } else {
      const existing = this.cellOfField.get(field);
      if (existing === undefined) {
        cell = this.cells++;
        this.cellOfField.set(field, cell);
        planned.push({ ...column, index: cell });
      } else {
        cell = existing;
      }
    }
    this.columns.push(column);
    this.byKey.set(joined, cell);
    added.push(column);
    return cell;
  }
}

/**
 * Runs already-parsed records (a JSON array, NDJSON lines, rows from an API) through the same
 * header mapping, cell reading, totals and blank skipping, validation and rejection report as
 * {@link buildTable}. Keys are headers in any language (`学校名称`, `school_name`, `name`); a
 * nested object is a grouped header (`{ "小学": { "在校生数": 1 } }` fills `primary.students`).
 * A record that is not an object is rejected; `null` is a blank row. Required columns are
 * checked against the keys of the first `headerSearchRows` records.
 *
 * @param parameters - `source` (a name and the records), `spec` and `options` (as for
 *   {@link buildTable}; `headerRows` does not apply).
 * @returns The same {@link LoadResult} as {@link buildTable}.
 * @throws {MissingColumnsError} when the first records lack a required column.
 * @throws {InvalidOptionError} for a malformed spec or option.
 * @throws {LoadError} (`read_failed`) when `signal` aborts the load.
 *
 * @example
 * ```ts
 * const result = await buildTableFromRecords({
 *   source: {
 *     name: 'schools.json',
 *     records: [
 *       { row: 1, record: { 学校名称: '阳光小学', 学生数: '1,234' } },
 *       { row: 2, record: { school_name: '希望小学', students: -3 } },
 *     ],
 *   },
 *   spec, // the spec of the buildTable example
 * });
 * result.rows;                  // [{ name: '阳光小学', students: 1234 }]
 * result.rejections[0].code;    // 'negative'
 * ```
 */
export async function buildTableFromRecords<Row>({
  source,
  spec,
  options,
}: BuildTableFromRecordsParameters<Row>): Promise<LoadResult<Row>> {
  const resolved = resolveBuildOptions(options);
  const compiled = compileSpec(spec as TableSpec<unknown>, resolved.mapping);
  const accumulator = new TableAccumulator<Row>(spec, compiled, resolved);
  const ticker = new LoadTicker(resolved.onProgress, resolved.progressInterval, resolved.signal);
  ticker.checkAborted();
  const name = source.name;
  const registry = new RecordColumns(compiled);
  const plan = new SheetPlan(name, []);
  let checked = false;
  let buffered: {
    row: number;
    cells: RawCell[] | null;
    headers: string[];
    record: unknown;
    error: BilingualText | undefined;
  }[] = [];

  const handle = (
    row: number,
    cells: RawCell[] | null,
    headers: readonly string[],
    record: unknown,
    error: BilingualText | undefined,
  ): unknown => {
    if (cells !== null) return accumulator.dataRow(plan, row, cells, headers);
    accumulator.rejectWhole(
      name,
      row,
      typeof record === 'string' && error !== undefined ? record.slice(0, 200) : describeValue(record),
      error ?? {
        zh: `第 ${row} 条记录应为对象,收到 ${describeValue(record)}`,
        en: `record ${row} must be an object (got ${describeValue(record)}).`,
      },
    );
    return undefined;
  };

  const check = (): unknown => {
    checked = true;
    const missing = findMissingColumns(registry.columns, compiled);
    const matched = registry.columns.some((column) => column.field !== null);
    // No key at all (an empty array, only blank lines) is an empty table, not a wrong one.
    if (registry.columns.length > 0 && (missing.length > 0 || !matched)) {
      throw new MissingColumnsError({
        sheet: name,
        missing,
        headers: registry.columns.map((column) => column.text),
        table: spec.label,
      });
    }
    let pending: unknown;
    for (const entry of buffered) {
      const outcome = handle(entry.row, entry.cells, entry.headers, entry.record, entry.error);
      if (isPromiseLike(outcome)) pending = pending === undefined ? outcome : Promise.all([pending, outcome]);
    }
    buffered = [];
    return pending;
  };

  const push = (entry: RawRecord): unknown => {
    accumulator.read++;
    ticker.tick(accumulator.read);
    const { row, record, error } = entry;
    let cells: RawCell[] | null;
    // The key each cell came from in this record, for the rejection report.
    const headers: string[] = [];
    if (error !== undefined) {
      cells = null;
    } else if (record === null || record === undefined) {
      cells = [];
    } else if (!isPlainRecord(record)) {
      cells = null;
    } else {
      const values: [readonly string[], unknown][] = [];
      flattenRecord(record, [], values, 0);
      cells = [];
      const added: HeaderColumn[] = [];
      const planned: HeaderColumn[] = [];
      for (const [parts, value] of values) {
        const index = registry.cellOf(parts, added, planned);
        const cell = toCell(value);
        // Two keys of one record naming the same field: the first that is not blank counts.
        if (cells[index] === undefined || cells[index] === null || cells[index] === '') {
          cells[index] = cell === notACell ? describeValue(value) : cell;
          headers[index] = parts.join(' / ');
        }
      }
      for (const column of planned) plan.addColumn(column);
      for (const column of added) accumulator.addColumn(name, column);
    }
    if (!checked) {
      buffered.push({ row, cells, headers, record, error });
      if (buffered.length >= resolved.headerSearchRows) return check();
      return undefined;
    }
    return handle(row, cells, headers, record, error);
  };

  const records = source.records as Partial<Iterable<RawRecord> & AsyncIterable<RawRecord>>;
  if (typeof records[Symbol.iterator] === 'function') {
    for (const entry of records as Iterable<RawRecord>) {
      const outcome = push(entry);
      if (isPromiseLike(outcome)) await outcome;
    }
  } else if (typeof records[Symbol.asyncIterator] === 'function') {
    for await (const entry of records as AsyncIterable<RawRecord>) {
      const outcome = push(entry);
      if (isPromiseLike(outcome)) await outcome;
    }
  } else {
    throw new LoadError({
      code: 'invalid_file',
      source: name,
      messageZh: `「${name}」的 records 不是可迭代对象`,
      messageEn: `the records of "${name}" are not iterable.`,
    });
  }
  if (!checked) {
    const outcome = check();
    if (isPromiseLike(outcome)) await outcome;
  }
  ticker.finish(accumulator.read);
  return accumulator.result();
}
