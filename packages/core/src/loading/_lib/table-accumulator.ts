import type { z } from 'zod';
import { describeIssue } from '../../_lib/describe-issue';
import type { BilingualText } from '../../i18n/localized-text';
import type { ColumnMapping, LoadResult, Rejection, RejectionCode, SkippedRow } from '../load-result';
import type { RawCell } from '../raw-row';
import type { TableSpec } from '../table-spec';
import { isBlankRow, reportedValue } from './cell-text';
import { classifyRow } from './classify-row';
import type { CompiledField, CompiledSpec } from './compile-spec';
import type { HeaderColumn } from './detect-header';
import { CellProblem } from './read-cell';

/** A mapped column on the hot path. */
interface PlanEntry {
  readonly index: number;
  readonly field: CompiledField;
  readonly header: string;
}

/** The columns of one sheet that fill fields, and how schema paths find their column. */
export class SheetPlan {
  readonly entries: PlanEntry[] = [];
  readonly byFieldName = new Map<string, PlanEntry>();

  constructor(
    readonly sheet: string,
    readonly header: HeaderColumn[],
  ) {
    for (const column of header) this.addColumn(column);
  }

  /** Adds a column found later (a JSON key first seen in a later record). */
  addColumn(column: HeaderColumn): void {
    if (column.field === null || column.duplicate) return;
    const entry = { index: column.index, field: column.field, header: column.text };
    this.entries.push(entry);
    this.byFieldName.set(column.field.name, entry);
  }
}

/** The options the accumulator acts on, resolved. */
export interface AccumulatorSettings<Row> {
  readonly keepRows: boolean;
  readonly reportLimit: number;
  readonly onRow: ((row: Row, source: { sheet: string; row: number }) => unknown) | undefined;
}

function issueCode(issue: z.core.$ZodIssue, value: unknown): RejectionCode {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'missing_value';
      return issue.expected === 'int' ? 'not_a_whole_number' : 'invalid_value';
    case 'too_small':
      return String(issue.minimum) === '0' && issue.inclusive !== false ? 'negative' : 'invalid_value';
    case 'invalid_value':
      return value === undefined ? 'missing_value' : 'unknown_value';
    case 'custom': {
      const marker = (issue.params as { edukpi?: string } | undefined)?.edukpi;
      if (marker === 'not_decimal') return 'not_a_number';
      if (marker === 'negative') return 'negative';
      return 'invalid_value';
    }
    default:
      return 'invalid_value';
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/**
 * Collects a load's outcome — accepted rows, rejections, skipped rows, counts, columns,
 * warnings — and validates data rows: cells read by kind, then the spec's quick check or schema.
 */
export class TableAccumulator<Row> {
  readonly rows: Row[] = [];
  readonly rejections: Rejection[] = [];
  readonly skipped: SkippedRow[] = [];
  readonly columns: ColumnMapping[] = [];
  readonly warnings: BilingualText[] = [];
  read = 0;
  accepted = 0;
  rejected = 0;
  skippedCount = 0;
  private rejectionsTruncated = false;
  private skippedTruncated = false;
  private readonly fieldNamer: (name: string) => BilingualText;

  constructor(
    readonly spec: TableSpec<Row>,
    readonly compiled: CompiledSpec,
    readonly settings: AccumulatorSettings<Row>,
  ) {
    const names = compiled.fieldNames;
    this.fieldNamer = (name) => (Object.hasOwn(names, name) ? (names[name] as BilingualText) : { zh: name, en: name });
  }

  /** Records a skipped row. */
  skip(sheet: string, row: number, kind: SkippedRow['kind'], note: BilingualText): void {
    this.skippedCount++;
    if (this.skipped.length < this.settings.reportLimit) {
      this.skipped.push({ sheet, row, kind, note });
    } else if (!this.skippedTruncated) {
      this.skippedTruncated = true;
      this.warnings.push({
        zh: `跳过的行超过 ${this.settings.reportLimit} 行,只列出前 ${this.settings.reportLimit} 行;counts.skipped 计入全部`,
        en: `more than ${this.settings.reportLimit} skipped rows: only the first ${this.settings.reportLimit} are listed; counts.skipped counts them all.`,
      });
    }
  }

  private reject(entries: Rejection[]): void {
    this.rejected++;
    for (const entry of entries) {
      if (this.rejections.length < this.settings.reportLimit) {
        this.rejections.push(entry);
      } else if (!this.rejectionsTruncated) {
        this.rejectionsTruncated = true;
        this.warnings.push({
          zh: `问题单元格超过 ${this.settings.reportLimit} 个,只列出前 ${this.settings.reportLimit} 个;counts.rejected 计入全部被拒的行`,
          en: `more than ${this.settings.reportLimit} bad cells: only the first ${this.settings.reportLimit} are listed; counts.rejected counts every rejected row.`,
        });
      }
    }
  }

  private accept(row: Row, sheet: string, rowNumber: number): unknown {
    this.accepted++;
    if (this.settings.keepRows) this.rows.push(row);
    return this.settings.onRow?.(row, { sheet, row: rowNumber });
  }

  /** Records the columns of a sheet and warns about duplicates. */
  addColumns(sheet: string, header: readonly HeaderColumn[]): void {
    for (const column of header) this.addColumn(sheet, column);
  }

  /** Records one column. */
  addColumn(sheet: string, column: HeaderColumn): void {
    const used = column.field !== null && !column.duplicate;
    this.columns.push({
      sheet,
      index: column.index,
      header: column.text,
      field: used ? (column.field?.name ?? null) : null,
      matchedBy: used ? column.matchedBy : null,
    });
    if (column.duplicate && column.field !== null) {
      this.warnings.push({
        zh: `「${sheet}」第 ${column.index + 1} 列「${column.text}」与前面的列同为 ${column.field.label.zh}(${column.field.name}),已忽略`,
        en: `"${sheet}" column ${column.index + 1} "${column.text}" fills ${column.field.label.en} (${column.field.name}) again; ignored.`,
      });
    }
  }

  /** Rejects a row that cannot be read at all (a JSON record that is not an object). */
  rejectWhole(sheet: string, row: number, value: string, reason: BilingualText): void {
    this.reject([{ sheet, row, column: null, columnIndex: null, field: null, value, reason, code: 'invalid_value' }]);
  }

  /**
   * Handles one data row: blank, totals, note and repeated-header rows are skipped; any other is
   * read cell by cell and validated. Returns what `onRow` returned (a promise to wait for, or not).
   * `headers`, by cell index, names the source of each cell when it differs by row (JSON keys).
   */
  dataRow(plan: SheetPlan, rowNumber: number, cells: readonly RawCell[], headers?: readonly string[]): unknown {
    const sheet = plan.sheet;
    if (isBlankRow(cells)) {
      this.skip(sheet, rowNumber, 'blank', { zh: '空行', en: 'a blank row.' });
      return undefined;
    }
    const rowClass = classifyRow(cells, plan.header);
    if (rowClass !== null) {
      this.skip(sheet, rowNumber, rowClass.kind, rowClass.note);
      return undefined;
    }
    let built: Record<string, unknown> = {};
    let problems: Rejection[] | undefined;
    const entries = plan.entries;
    for (let position = 0; position < entries.length; position++) {
      const entry = entries[position] as PlanEntry;
      const value = entry.field.read(cells[entry.index]);
      if (value === undefined) continue;
      if (value instanceof CellProblem) {
        problems ??= [];
        problems.push({
          sheet,
          row: rowNumber,
          column: headers?.[entry.index] ?? entry.header,
          columnIndex: entry.index,
          field: entry.field.name,
          value: reportedValue(cells[entry.index]),
          reason: value.reason,
          code: value.code,
        });
        continue;
      }
      entry.field.set(built, value);
    }
    if (this.spec.prepareRow !== undefined) built = this.spec.prepareRow(built);
    if (problems === undefined) {
      if (this.spec.quickCheck?.(built) === true) return this.accept(built as Row, sheet, rowNumber);
      const parsed = this.spec.schema.safeParse(built);
      if (parsed.success) return this.accept(parsed.data, sheet, rowNumber);
      this.reject(this.issueRejections(plan, rowNumber, cells, built, parsed.error.issues, undefined, headers));
      return undefined;
    }
    // Report every bad cell at once: the schema's findings too, except those about the cells
    // already reported and the rules across fields those cells would have fed.
    const failed = new Set(problems.map((problem) => problem.field));
    const parsed = this.spec.schema.safeParse(built);
    const more = parsed.success
      ? []
      : this.issueRejections(plan, rowNumber, cells, built, parsed.error.issues, failed, headers);
    this.reject(
      [...problems, ...more].sort(
        (left, right) => (left.columnIndex ?? Number.MAX_SAFE_INTEGER) - (right.columnIndex ?? Number.MAX_SAFE_INTEGER),
      ),
    );
    return undefined;
  }

  private issueRejections(
    plan: SheetPlan,
    rowNumber: number,
    cells: readonly RawCell[],
    built: Record<string, unknown>,
    issues: readonly z.core.$ZodIssue[],
    failed: ReadonlySet<string | null> | undefined,
    headers: readonly string[] | undefined,
  ): Rejection[] {
    const rejections: Rejection[] = [];
    for (const issue of issues) {
      const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
      let entry: PlanEntry | undefined;
      let name = '';
      for (let length = path.length; length > 0 && entry === undefined; length--) {
        name = path.slice(0, length).join('.');
        entry = plan.byFieldName.get(name);
      }
      if (failed !== undefined && (entry === undefined || failed.has(entry.field.name))) continue;
      const described = describeIssue(issue, built, this.fieldNamer);
      rejections.push({
        sheet: plan.sheet,
        row: rowNumber,
        column: entry === undefined ? null : (headers?.[entry.index] ?? entry.header),
        columnIndex: entry?.index ?? null,
        field: entry?.field.name ?? (path.length > 0 ? path.join('.') : null),
        value: entry === undefined ? '' : reportedValue(cells[entry.index]),
        reason: { zh: described.messageZh, en: described.messageEn },
        code: issueCode(issue, valueAt(built, issue.path)),
      });
    }
    return rejections;
  }

  /** The result. */
  result(): LoadResult<Row> {
    return {
      rows: this.rows,
      rejections: this.rejections,
      skipped: this.skipped,
      counts: { read: this.read, accepted: this.accepted, rejected: this.rejected, skipped: this.skippedCount },
      columns: this.columns,
      warnings: this.warnings,
    };
  }
}
