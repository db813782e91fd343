import { Decimal, type DecimalInput, describeValue, type Locale } from '@edukpi/core';
import { checkOptions, failCheck } from '../_lib/check-options';
import { formatNumber } from '../_lib/format-text';
import { locales } from '../_lib/locales';
import { cellStatuses } from './create-text-cell';
import type { CellStatus, NumberCell, NumberNotation } from './table';

/** What {@link createNumberCell} builds a cell from. */
export interface NumberCellSpec {
  /** The exact value: a decimal string (best), a number or a decimal.js value. */
  readonly value: DecimalInput;
  /** The decimal places the number is published with, 0–20. */
  readonly decimals: number;
  /** The locale of the default text. Default `'zh-CN'`. */
  readonly locale?: Locale;
  /** `half_up` (default, 四舍五入) or `up` (away from zero, for shortfalls). */
  readonly rounding?: 'half_up' | 'up';
  /** How XLSX formats the number and which sign the default text carries. Default `'plain'`. */
  readonly notation?: NumberNotation;
  /**
   * The text shown in Markdown, HTML and plain text. Default: the rounded value formatted by
   * `formatNumber` of @edukpi/format-text in `locale`, without 万/亿 scaling (a column of numbers
   * reads best in one scale), with `%`, `:1` or `1:` as `notation` says.
   */
  readonly text?: string;
  /** A mark for HTML and XLSX. Default `null`. */
  readonly status?: CellStatus | null;
}

const notations: readonly NumberNotation[] = ['plain', 'percent', 'ratio_to_one', 'one_to_ratio'];

/**
 * Builds a number cell: it keeps the exact value, the decimals it is published with, and its text.
 * CSV and XLSX write the rounded number (a real number cell, negative numbers included); the other
 * writers print the text.
 *
 * @param spec - The value, decimals and presentation.
 * @returns The cell.
 * @throws {InvalidInputError} when `value` is not a finite decimal, `decimals` is not a whole number
 *   from 0 to 20, or another field is malformed.
 *
 * @example
 * ```ts
 * createNumberCell({ value: '92.8766', decimals: 2, notation: 'percent' });
 * // { kind: 'number', value: '92.8766', decimals: 2, rounding: 'half_up', text: '92.88%', notation: 'percent', status: null }
 * createNumberCell({ value: '-3.5', decimals: 1, locale: 'en' }).text; // '-3.5'
 * ```
 */
export function createNumberCell(spec: NumberCellSpec): NumberCell {
  checkOptions(
    spec,
    {
      value: 'any',
      decimals: 'number',
      locale: locales,
      rounding: ['half_up', 'up'],
      notation: notations,
      text: 'string',
      status: cellStatuses,
    },
    { path: ['cell'], required: ['value', 'decimals'], error: 'input' },
  );
  return numberCellOf(spec);
}

function exactValue(value: unknown): Decimal {
  if (typeof value === 'string' || typeof value === 'number' || Decimal.isDecimal(value)) {
    try {
      const decimal = new Decimal(typeof value === 'number' ? value : String(value));
      if (decimal.isFinite()) return decimal;
    } catch {
      // reported below
    }
  }
  return failCheck(
    { error: 'input' },
    ['cell', 'value'],
    `value 应为有限的十进制数,收到 ${describeValue(value)}`,
    `value must be a finite decimal number (got ${describeValue(value)}).`,
  );
}

/** {@link createNumberCell} without the field checks, for the builders (their input is typed). */
export function numberCellOf(spec: NumberCellSpec): NumberCell {
  const value = exactValue(spec.value);
  const { decimals, locale = 'zh-CN', rounding = 'half_up', notation = 'plain', status = null } = spec;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    failCheck(
      { error: 'input' },
      ['cell', 'decimals'],
      `decimals 应为 0 到 20 的整数,收到 ${describeValue(decimals)}`,
      `decimals must be a whole number from 0 to 20 (got ${describeValue(decimals)}).`,
    );
  }
  let text = spec.text;
  if (text === undefined) {
    const rounded = value.toDecimalPlaces(decimals, rounding === 'up' ? Decimal.ROUND_UP : Decimal.ROUND_HALF_UP);
    const number = formatNumber(rounded.isZero() ? rounded.abs() : rounded, {
      locale,
      decimals,
      keepTrailingZeros: true,
      scale: 'none',
    });
    text =
      notation === 'percent'
        ? `${number}%`
        : notation === 'ratio_to_one'
          ? `${number}:1`
          : notation === 'one_to_ratio'
            ? `1:${number}`
            : number;
  }
  return { kind: 'number', value: value.toFixed(), decimals, rounding, text, notation, status };
}
