import { describeValue } from '../_lib/describe-value';
import { InvalidOptionError } from '../errors/invalid-option-error';
import type { BilingualText } from '../i18n/localized-text';
import type { RejectionCode } from './load-result';

const marker = Symbol.for('edukpi.raw-cell-problem');

/** Only {@link cellProblem} makes a {@link RawCellProblem}; the brand keeps a look-alike object from type-checking as one. */
declare const rawCellProblemBrand: unique symbol;

/**
 * A cell the reader itself could not read (an Excel formula whose result was never saved, a
 * value the source's own type system flags as broken), put in place of the cell with
 * {@link cellProblem}. `buildTable` rejects the row over it, whatever the column's kind and
 * whether the column is required: a problem is never read as blank. In a column the table does
 * not use, it is ignored like any other cell of that column.
 */
export interface RawCellProblem {
  /** The cell as the rejection report shows it (`Rejection.value`); `''` shows nothing, e.g. never a formula's text. */
  readonly raw: string;
  /** What is wrong with the cell, in Chinese and English (`Rejection.reason`). */
  readonly reason: BilingualText;
  /** The stable reason code (`Rejection.code`). */
  readonly code: RejectionCode;
  readonly [rawCellProblemBrand]: true;
}

/** Options of {@link cellProblem}. */
export interface CellProblemOptions {
  /** The rejection's code. Defaults to `'invalid_value'`. */
  readonly code?: RejectionCode;
}

const rejectionCodes = {
  not_a_number: true,
  not_a_whole_number: true,
  negative: true,
  scale_not_allowed: true,
  unit_not_allowed: true,
  percent_not_allowed: true,
  unknown_value: true,
  not_a_boolean: true,
  formula_error: true,
  missing_value: true,
  invalid_value: true,
} as const satisfies Record<RejectionCode, true>;

/** The runtime form of a {@link RawCellProblem}: frozen, marked with a `Symbol.for` key so any copy of core knows it. */
class CellProblemValue {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for by isCellProblem, across copies of core
  private readonly [marker] = true;

  constructor(
    readonly raw: string,
    readonly reason: BilingualText,
    readonly code: RejectionCode,
  ) {
    Object.freeze(this);
  }
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

/**
 * Makes a {@link RawCellProblem}: a cell a reader puts in a {@link RawRow} when it cannot read the
 * cell itself. `buildTable` (and `buildTableFromRecords`, for a record value) rejects the row with
 * `raw` as the rejection's `value`, `reason` as its reason and `options.code` as its code, counted
 * like any other rejection (`counts.read === accepted + rejected + skipped` still holds). A
 * problem is never blank: an optional column rejects it too.
 *
 * Check for one with {@link isCellProblem}, never `instanceof`.
 *
 * @param raw - The cell as the report should show it; `''` to show nothing (never a formula's text).
 * @param reason - What is wrong, in Chinese and English, written to the person who fixes the source.
 * @param options - `code`: the rejection's code (defaults to `'invalid_value'`).
 * @returns A frozen problem cell.
 * @throws {InvalidOptionError} when `raw` is not a string, `reason` lacks a `zh` or `en` text,
 *   or `code` is not a {@link RejectionCode}.
 *
 * @example
 * ```ts
 * const cells = [
 *   '阳光小学',
 *   cellProblem(
 *     '',
 *     { zh: '公式没有保存计算结果', en: 'the formula has no saved result.' },
 *     { code: 'formula_error' },
 *   ),
 * ];
 * const result = await buildTable({
 *   sheets: { name: 'Sheet1', rows: [{ row: 1, cells: ['学校名称', '学生数'] }, { row: 2, cells }] },
 *   spec, // the spec of the buildTable example
 * });
 * result.rejections[0]; // { sheet: 'Sheet1', row: 2, column: '学生数', field: 'students', value: '',
 *                       //   code: 'formula_error', reason: { zh: '公式没有保存计算结果', en: … }, … }
 * result.counts;        // { read: 2, accepted: 0, rejected: 1, skipped: 1 }
 * ```
 */
export function cellProblem(raw: string, reason: BilingualText, options: CellProblemOptions = {}): RawCellProblem {
  if (!isText(raw)) {
    throw new InvalidOptionError({
      path: ['raw'],
      messageZh: `raw 应为字符串,收到 ${describeValue(raw)}`,
      messageEn: `raw must be a string (got ${describeValue(raw)}).`,
    });
  }
  if (
    typeof reason !== 'object' ||
    reason === null ||
    !isText(reason.zh) ||
    !isText(reason.en) ||
    reason.zh.trim() === '' ||
    reason.en.trim() === ''
  ) {
    throw new InvalidOptionError({
      path: ['reason'],
      messageZh: 'reason 应为 { zh, en },两者都是非空字符串',
      messageEn: 'reason must be { zh, en }, both non-empty strings.',
    });
  }
  const code = options.code ?? 'invalid_value';
  if (!Object.hasOwn(rejectionCodes, code)) {
    throw new InvalidOptionError({
      path: ['options', 'code'],
      messageZh: `code 应为拒收原因代码(${Object.keys(rejectionCodes).join('、')}),收到 ${describeValue(code)}`,
      messageEn: `code must be a rejection code (${Object.keys(rejectionCodes).join(', ')}); got ${describeValue(code)}.`,
    });
  }
  const value = new CellProblemValue(raw, Object.freeze({ zh: reason.zh, en: reason.en }), code);
  return value as unknown as RawCellProblem;
}

/**
 * Whether `value` is a {@link RawCellProblem} made by {@link cellProblem}, in this or any other
 * copy of `@edukpi/core` (it checks a `Symbol.for` marker, so it works where `instanceof` fails).
 *
 * @param value - Anything, typically a {@link RawCell}.
 * @returns `true` for a problem cell, `false` for anything else (a look-alike plain object included).
 *
 * @example
 * ```ts
 * isCellProblem(cellProblem('#REF!', { zh: '引用无效', en: 'a broken reference.' })); // true
 * isCellProblem({ raw: '#REF!', reason: { zh: '引用无效', en: 'a broken reference.' } }); // false
 * isCellProblem('#REF!'); // false
 * ```
 */
export function isCellProblem(value: unknown): value is RawCellProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    marker in value &&
    (value as Record<symbol, unknown>)[marker] === true
  );
}
